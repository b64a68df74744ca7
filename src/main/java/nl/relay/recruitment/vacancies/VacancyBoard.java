package nl.relay.recruitment.vacancies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/** The vacancies a reader may see that pass a filter, newest first, a page at a time. */
@ApplicationScoped
public class VacancyBoard {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    VacancyBoard(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** Up to {@code limit} vacancies older than {@code before} (all when null). */
    public List<Vacancy> page(long viewerId, VacancyFilter filter, Long before, int limit) {
        VacancyFilter.Checked checked = filter.checked();
        StringBuilder sql = new StringBuilder("select v.id from vacancy v join post p on p.id = v.post_id where ")
                .append(visibility.shownClause("p", ":viewer")).append(" and v.status = :status");
        if (checked.clientId() != null) {
            sql.append(" and v.client_id = :client");
        }
        if (checked.skill() != null) {
            sql.append(" and v.skills @> array[cast(:skill as text)]");
        }
        if (checked.regionCode() != null) {
            sql.append(
                    " and v.region_code in (select r.code from region r where r.code = :region or r.province = :region)");
        }
        if (before != null) {
            sql.append(" and v.id < :before");
        }
        sql.append(" order by v.id desc limit :limit");
        @SuppressWarnings("unchecked")
        List<Number> ids = NativeSql.of(entityManager, sql.toString()).bind("viewer", viewerId)
                .bind("status", checked.status()).bind("client", checked.clientId()).bind("skill", checked.skill())
                .bind("region", checked.regionCode()).bind("before", before).bind("limit", limit)
                .query().getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> wanted = ids.stream().map(Number::longValue).toList();
        return Vacancy.<Vacancy>list("id in ?1", wanted).stream()
                .sorted(Comparator.comparing((Vacancy v) -> v.id).reversed()).toList();
    }
}
