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
 * An addressee confirms they have read a must-read post (a mention or an announcement). Works even before the notification was written
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

    /**
     * Whether the reader is addressed by this post and has not acknowledged it yet: mentioned in it, or in the
     * audience of an announcement that has not expired. Praise is no must-read.
     */
    public boolean awaits(long readerId, long postId) {
        return (Boolean) entityManager.createNativeQuery(
                """
                        select exists (select 1 from post p where p.id = ?1 and p.author_id <> ?2 and not p.deleted and (
                            (p.kind <> 'praise' and exists (select 1 from post_mention m where m.post_id = p.id and m.account_id = ?2)
                             and not exists (select 1 from notification n where n.recipient_id = ?2 and n.post_id = ?1
                                             and n.type = 'mention' and n.acknowledged_at is not null))
                            or exists (select 1 from notification n join announcement a on a.post_id = n.post_id
                                       where n.recipient_id = ?2 and n.post_id = ?1 and n.type = 'announcement'
                                         and n.acknowledged_at is null and (a.expires_at is null or a.expires_at > ?3))))""")
                .setParameter(1, postId).setParameter(2, readerId).setParameter(3, clock.instant())
                .getSingleResult();
    }

    @Transactional
    public void acknowledge(long readerId, long postId) {
        Post post = readable.require(readerId, postId);
        boolean mentioned = ((Number) entityManager.createNativeQuery(
                "select count(*) from post_mention where post_id = ?1 and account_id = ?2")
                .setParameter(1, post.id).setParameter(2, readerId).getSingleResult()).longValue() > 0;
        // An announcement's addressees are its notifications, written by its fan-out
        // (nl.relay.community.announcements).
        boolean announced = ((Number) entityManager.createNativeQuery("select count(*) from notification "
                + "where post_id = ?1 and recipient_id = ?2 and type = 'announcement'")
                .setParameter(1, post.id).setParameter(2, readerId).getSingleResult()).longValue() > 0;
        boolean mustRead = mentioned && !"praise".equals(post.kind) || announced;
        if (!mustRead || post.authorId == readerId || post.deleted) {
            throw new NotAllowed("Only the people a post is addressed to acknowledge it.");
        }
        if (mentioned) {
            notifications.acknowledged(readerId, post.id, post.authorId,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        entityManager.createNativeQuery("update notification set read_at = coalesce(read_at, ?3), acknowledged_at = "
                + "case when type in ('reminder', 'announcement') then coalesce(acknowledged_at, ?3) "
                + "else acknowledged_at end "
                + "where " + ReadNotifications.inIdOrder("recipient_id = ?1 and post_id = ?2"))
                .setParameter(1, readerId).setParameter(2, post.id)
                .setParameter(3, clock.instant().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
        entityManager.createNativeQuery("delete from mailed_thread where account_id = ?1 and thread_id = ?2")
                .setParameter(1, readerId).setParameter(2, post.threadId).executeUpdate();
    }
}
