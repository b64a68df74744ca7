package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.relay.accounts.Account;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.InvalidInput;

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
        if (present(filter.topic)) {
            String topic = PostText.normaliseTopic(filter.topic)
                    .orElseThrow(() -> new InvalidInput("topic", "is not a valid topic"));
            from = " from post_topic t join post p on p.id = t.post_id";
            where.append(" and t.topic = :topic");
            order = " order by t.post_id desc";
            parameters.put("topic", topic);
            if (beforeId != null) {
                where.append(" and t.post_id < :before");
            }
        } else if (beforeId != null) {
            where.append(" and p.id < :before");
        }
        if (beforeId != null) {
            parameters.put("before", beforeId);
        }
        if (present(filter.author)) {
            where.append(" and p.author_id = :author");
            parameters.put("author", Account.findByUsername(filter.author).map(a -> a.id).orElse(-1L));
        }
        if (present(filter.kind)) {
            where.append(" and p.kind = :kind");
            parameters.put("kind", PostKind.parse(filter.kind.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new InvalidInput("kind",
                            "must be one of: note, question, candidate, vacancy, signal"))
                    .toString());
        }
        if (present(filter.client)) {
            where.append(" and p.client_id = :client");
            parameters.put("client", number("client", filter.client));
        }
        if (present(filter.sector)) {
            where.append(" and (p.sector_code = :sector or p.client_id in (select c.id from client c"
                    + " where c.sector_code = :sector))");
            parameters.put("sector", filter.sector.strip().toLowerCase(Locale.ROOT));
        }
        if (present(filter.group)) {
            where.append(" and p.group_id = :group");
            parameters.put("group", number("group", filter.group));
        }
        String sql = "select p.id" + from + where + order + " limit :limit";
        NativeSql query = NativeSql.of(entityManager, sql).bind("limit", fetchSize).bind("viewer", viewerId);
        parameters.forEach(query::bind);
        List<Number> ids = query.query().getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static long number(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a number");
        }
    }
}
