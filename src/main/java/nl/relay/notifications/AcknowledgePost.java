package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.errors.NotAllowed;
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
    private final WriteNotifications notifications;

    AcknowledgePost(EntityManager entityManager, ReadablePosts readable, Clock clock,
            WriteNotifications notifications) {
        this.entityManager = entityManager;
        this.readable = readable;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** Whether the reader is addressed by this post and has not acknowledged it yet; praise is no must-read. */
    public boolean awaits(long readerId, long postId) {
        return ((Number) entityManager
                .createNativeQuery(
                        """
                                select count(*) from post_mention m join post p on p.id = m.post_id
                                where m.post_id = ?1 and m.account_id = ?2 and p.author_id <> ?2 and not p.deleted and p.kind <> 'praise'
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
        if (!addressed || post.authorId == readerId || post.deleted || "praise".equals(post.kind)) {
            throw new NotAllowed("Only the people a post is addressed to acknowledge it.");
        }
        notifications.acknowledged(readerId, post.id, post.authorId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        entityManager.createNativeQuery("update notification set read_at = coalesce(read_at, ?3), acknowledged_at = "
                + "case when type = 'reminder' then coalesce(acknowledged_at, ?3) else acknowledged_at end "
                + "where recipient_id = ?1 and post_id = ?2").setParameter(1, readerId).setParameter(2, post.id)
                .setParameter(3, clock.instant().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
        entityManager.createNativeQuery("delete from mailed_thread where account_id = ?1 and thread_id = ?2")
                .setParameter(1, readerId).setParameter(2, post.threadId).executeUpdate();
    }
}
