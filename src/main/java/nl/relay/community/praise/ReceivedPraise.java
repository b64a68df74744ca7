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
        return NativeSql.select(entityManager, "select p.id" + from() + (beforeId == null ? "" : " and p.id < :before")
                + " order by p.id desc limit :limit")
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

    private String from() {
        return " from post p join post_mention m on m.post_id = p.id where m.account_id = :person"
                + " and p.kind = 'praise' and p.author_id <> :person and " + visibility.shownClause("p", ":viewer");
    }
}
