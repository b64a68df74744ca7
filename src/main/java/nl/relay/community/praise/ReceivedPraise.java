package nl.relay.community.praise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The praise a person received, as one reader may see it: the praise posts that thank them (mention them, by someone
 * else), not removed and readable by the reader, newest first. Counts count only what the reader may read.
 */
@ApplicationScoped
public class ReceivedPraise {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    ReceivedPraise(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** The ids of one page, newest first, before the post {@code beforeId} when given. */
    public List<Long> page(long viewerId, long personId, Long beforeId, int fetchSize) {
        return NativeSql
                .select(entityManager,
                        "select p.post_id as id" + from() + (beforeId == null ? "" : " where p.post_id < :before")
                                + " order by p.post_id desc limit :limit")
                .bind("viewer", viewerId).bind("person", personId).bind("limit", fetchSize)
                .bind("before", beforeId)
                .list(row -> row.longValue("id"));
    }

    /** How many praise posts for the person the reader may read. */
    public int count(long viewerId, long personId) {
        return NativeSql.select(entityManager, "select count(*) as n" + from())
                .bind("viewer", viewerId).bind("person", personId)
                .one(row -> row.intValue("n"));
    }

    /**
     * What praise is, for every list and count of it (here, the help numbers and the leaderboard): a praise post
     * ({@code p}) shown to the viewer ({@code :viewer}), once per person it thanks ({@code m.account_id}) other than
     * its author. Further conditions may follow with {@code and}.
     */
    public static String thanks(PostVisibility visibility) {
        return """
                select m.account_id as thanked_id, p.id as post_id, p.created_at
                from post p join post_mention m on m.post_id = p.id
                where p.kind = 'praise' and m.account_id <> p.author_id
                  and\s""" + visibility.shownClause("p", ":viewer");
    }

    private String from() {
        return " from (" + thanks(visibility) + " and m.account_id = :person) p";
    }
}
