package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.database.LikePattern;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The candidate board: the ids of candidates a reader may see (their post readable and not removed), filtered,
 * newest first. An active status lists only offers that have not expired.
 */
@ApplicationScoped
public class CandidateBoard {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final Clock clock;

    CandidateBoard(EntityManager entityManager, PostVisibility visibility, Clock clock) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** Up to {@code limit} candidate ids older than {@code before} (all when null). */
    public List<Long> page(long viewerId, CandidateFilter filter, Long before, int limit) {
        CandidateFilter.Checked checked = filter.checked();
        List<String> conditions = new ArrayList<>();
        conditions.add(visibility.shownClause("p", ":viewer"));
        conditions.add("c.status = :status");
        if (checked.status().isActive()) {
            conditions.add("c.expires_at > :now");
        }
        if (!checked.skills().isEmpty()) {
            conditions.add("c.skills @> cast(:skills as text[])");
        }
        if (checked.region() != null) {
            conditions.add("(c.region_code = :region or c.region_code in (select r.code from region r"
                    + " where r.province = :region))");
        }
        if (checked.availableBefore() != null) {
            conditions.add("c.available_from <= :availableBefore");
        }
        for (int i = 0; i < checked.words().size(); i++) {
            conditions.add("lower(c.title || ' ' || c.summary || ' ' || array_to_string(c.skills, ' ')) like :word"
                    + i);
        }
        if (before != null) {
            conditions.add("c.id < :before");
        }
        NativeSql sql = NativeSql.of(entityManager, "select c.id from candidate c join post p on p.id = c.post_id"
                + " where " + String.join(" and ", conditions) + " order by c.id desc limit :limit")
                .bind("viewer", viewerId).bind("status", checked.status().toString()).bind("now", clock.instant())
                .bind("skills", checked.skills().toArray(String[]::new)).bind("region", checked.region())
                .bind("availableBefore", checked.availableBefore()).bind("before", before).bind("limit", limit);
        for (int i = 0; i < checked.words().size(); i++) {
            sql.bind("word" + i, LikePattern.containing(checked.words().get(i)));
        }
        return sql.query().getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }
}
