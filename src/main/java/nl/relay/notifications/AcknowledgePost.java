package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.NotAllowed;
import nl.relay.posts.Post;
import nl.relay.posts.ReadablePosts;

/**
 * An addressee confirms they have read a must-read post. Works even before the notification was written
 * (it is written now, and the outbox job later finds it there); acknowledging twice keeps the first time.
 */
@ApplicationScoped
public class AcknowledgePost {

    private final EntityManager entityManager;
    private final ReadablePosts readable;
    private final Clock clock;

    AcknowledgePost(EntityManager entityManager, ReadablePosts readable, Clock clock) {
        this.entityManager = entityManager;
        this.readable = readable;
        this.clock = clock;
    }

    /** Whether the reader is addressed by this post and has not acknowledged it yet. */
    public boolean awaits(long readerId, long postId) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from post_mention m join post p on p.id = m.post_id
                where m.post_id = ?1 and m.account_id = ?2 and p.author_id <> ?2 and not p.deleted
                  and not exists (select 1 from notification n where n.recipient_id = ?2 and n.post_id = ?1
                                  and n.type = 'mention' and n.acknowledged_at is not null)""")
                .setParameter(1, postId).setParameter(2, readerId).getSingleResult()).longValue() > 0;
    }

    @Transactional
    public void acknowledge(long readerId, long postId) {
        Post post = readable.require(readerId, postId);
        boolean addressed = ((Number) entityManager.createNativeQuery(
                "select count(*) from post_mention where post_id = ?1 and account_id = ?2")
                .setParameter(1, post.id).setParameter(2, readerId).getSingleResult()).longValue() > 0;
        if (!addressed || post.authorId == readerId || post.deleted) {
            throw new NotAllowed("Only the people a post is addressed to acknowledge it.");
        }
        entityManager.createNativeQuery("""
                insert into notification (recipient_id, type, post_id, actor_id, must_read, read_at, acknowledged_at)
                values (?1, 'mention', ?2, ?3, true, ?4, ?4)
                on conflict (recipient_id, type, post_id) where type in ('mention', 'reply', 'reminder')
                do update set read_at = coalesce(notification.read_at, excluded.read_at),
                              acknowledged_at = coalesce(notification.acknowledged_at, excluded.acknowledged_at)""")
                .setParameter(1, readerId).setParameter(2, post.id).setParameter(3, post.authorId)
                .setParameter(4, clock.instant().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
        entityManager.createNativeQuery("update notification set read_at = coalesce(read_at, ?3), acknowledged_at = "
                + "case when type = 'reminder' then coalesce(acknowledged_at, ?3) else acknowledged_at end "
                + "where recipient_id = ?1 and post_id = ?2").setParameter(1, readerId).setParameter(2, post.id)
                .setParameter(3, clock.instant().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
        entityManager.createNativeQuery("delete from mailed_thread where account_id = ?1 and thread_id = ?2")
                .setParameter(1, readerId).setParameter(2, post.threadId).executeUpdate();
    }
}
