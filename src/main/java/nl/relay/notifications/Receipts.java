package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.posts.Post;
import nl.relay.posts.PostVisibility;
import nl.relay.posts.ReadablePosts;

/**
 * The read receipts of an addressed post, for its author only: every addressee who may read it, with
 * when they were notified (null until the notification is written), read it and acknowledged it.
 */
@ApplicationScoped
public class Receipts {

    private final EntityManager entityManager;
    private final ReadablePosts readable;
    private final PostVisibility visibility;

    Receipts(EntityManager entityManager, ReadablePosts readable, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.readable = readable;
        this.visibility = visibility;
    }

    public List<Receipt> of(long readerId, long postId) {
        Post post = readable.require(readerId, postId);
        if (post.authorId != readerId) {
            throw new NotAllowed("Only the author sees who has read a post.");
        }
        return NativeSql.select(entityManager, """
                select a.username, a.display_name, n.created_at as notified_at, n.read_at, n.acknowledged_at
                from post p
                join post_mention m on m.post_id = p.id
                join account a on a.id = m.account_id
                left join notification n on n.recipient_id = m.account_id and n.post_id = p.id and n.type = 'mention'
                where p.id = ?1 and m.account_id <> p.author_id and """
                + visibility.readableClause("p", "m.account_id") + " order by a.username")
                .bind(1, post.id)
                .list(row -> new Receipt(row.text("username"), row.text("display_name"), row.instant("notified_at"),
                        row.instant("read_at"), row.instant("acknowledged_at")));
    }
}
