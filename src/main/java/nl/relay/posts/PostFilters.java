package nl.relay.posts;

import java.util.Locale;
import java.util.Map;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.InvalidInput;

/**
 * The stream's filters (author, topic, kind, client, sector, group) as SQL conditions on the post table under
 * alias {@code p}, checked as they are read: a filter that cannot be one is a 422 naming it. Used by the
 * company stream and by search, so a filter means the same in both.
 */
public final class PostFilters {

    private PostFilters() {
    }

    /**
     * The conditions, each starting with " and ", their values put in {@code parameters}; the topic only when
     * {@code withTopic} (the company stream joins the topic table instead, to read it in order).
     */
    public static String conditions(StreamFilter filter, Map<String, Object> parameters, boolean withTopic) {
        StringBuilder where = new StringBuilder();
        if (withTopic && present(filter.topic)) {
            where.append(" and exists (select 1 from post_topic ft where ft.post_id = p.id and ft.topic = :topic)");
            parameters.put("topic", topic(filter.topic));
        }
        if (present(filter.author)) {
            where.append(" and p.author_id = :author");
            parameters.put("author", Account.findByUsername(filter.author.strip()).map(a -> a.id).orElse(-1L));
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
        return where.toString();
    }

    /** A topic filter as stored: without '#', lower case; a 422 when it cannot be a topic. */
    static String topic(String value) {
        return PostText.normaliseTopic(value).orElseThrow(() -> new InvalidInput("topic", "is not a valid topic"));
    }

    static boolean present(String value) {
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
