package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.database.NativeSql;

/**
 * The company stream: every post the reader may see, newest first, narrowed by the filters. Each
 * filter has an index that yields its posts in id order, so a page costs the same in a large archive.
 */
@ApplicationScoped
public class CompanyStream {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    CompanyStream(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** The ids of one page, newest first. */
    @SuppressWarnings("unchecked")
    public List<Long> page(long viewerId, StreamFilter filter, Long beforeId, int fetchSize) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where ").append(visibility.shownClause("p", ":viewer"));
        String from = " from post p";
        String order = " order by p.id desc";
        if (PostFilters.present(filter.topic)) {
            from = " from post_topic t join post p on p.id = t.post_id";
            where.append(" and t.topic = :topic");
            order = " order by t.post_id desc";
            parameters.put("topic", PostFilters.topic(filter.topic));
            if (beforeId != null) {
                where.append(" and t.post_id < :before");
            }
        } else if (beforeId != null) {
            where.append(" and p.id < :before");
        }
        if (beforeId != null) {
            parameters.put("before", beforeId);
        }
        where.append(PostFilters.conditions(filter, parameters, false));
        String sql = "select p.id" + from + where + order + " limit :limit";
        NativeSql query = NativeSql.of(entityManager, sql).bind("limit", fetchSize).bind("viewer", viewerId);
        parameters.forEach(query::bind);
        List<Number> ids = query.query().getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
