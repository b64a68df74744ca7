package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.relay.platform.errors.NotFound;
import nl.relay.posts.PostsOpened;

/**
 * Marking notifications read: one, all, all about a post once its reader opens it (which is what
 * the author's read receipt shows), or all from an alert once its matches are opened. Reading again keeps the first time. Reading a thread also allows
 * the next instant mail about it.
 */
@ApplicationScoped
public class ReadNotifications {

    private final EntityManager entityManager;
    private final Clock clock;

    ReadNotifications(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Someone else's notification, or one that does not exist, is not found. */
    @Transactional
    public void one(long recipientId, long notificationId) {
        if (these(recipientId, List.of(notificationId)) == 0) {
            throw new NotFound("There is no such notification.");
        }
    }

    /** Marks those of these notifications that are the recipient's read (others are left alone); how many. */
    @Transactional
    public int these(long recipientId, List<Long> notificationIds) {
        if (notificationIds.isEmpty()) {
            return 0;
        }
        Long[] ids = notificationIds.toArray(Long[]::new);
        int found = entityManager.createNativeQuery("update notification set read_at = coalesce(read_at, ?3) where "
                + inIdOrder("id = any(cast(?1 as bigint[])) and recipient_id = ?2")).setParameter(1, ids)
                .setParameter(2, recipientId).setParameter(3, now()).executeUpdate();
        entityManager
                .createNativeQuery("delete from mailed_thread m using notification n join post p on p.id = n.post_id "
                        + "where n.id = any(cast(?1 as bigint[])) and n.recipient_id = ?2 and m.account_id = ?2 "
                        + "and m.thread_id = p.thread_id")
                .setParameter(1, ids)
                .setParameter(2, recipientId).executeUpdate();
        return found;
    }

    @Transactional
    public void all(long recipientId) {
        entityManager.createNativeQuery("update notification set read_at = ?2 where "
                + inIdOrder("recipient_id = ?1 and read_at is null")).setParameter(1, recipientId)
                .setParameter(2, now()).executeUpdate();
        entityManager.createNativeQuery("delete from mailed_thread where account_id = ?1").setParameter(1, recipientId)
                .executeUpdate();
    }

    /** The reader opened posts: what told them about those is read (the author's receipt shows when). */
    @Transactional
    public void opened(@Observes PostsOpened event) {
        entityManager.createNativeQuery("update notification set read_at = ?3 where "
                + inIdOrder("recipient_id = ?1 and post_id = any(cast(?2 as bigint[])) and read_at is null"))
                .setParameter(1, event.readerId())
                .setParameter(2, event.postIds().toArray(Long[]::new)).setParameter(3, now()).executeUpdate();
        entityManager.createNativeQuery("delete from mailed_thread m using post p where m.account_id = ?1 "
                + "and p.id = any(cast(?2 as bigint[])) and m.thread_id = p.thread_id")
                .setParameter(1, event.readerId())
                .setParameter(2, event.postIds().toArray(Long[]::new)).executeUpdate();
    }

    /**
     * The recipient opened an alert's matches: what that alert told them (each match and each summary) is
     * read. Only their own notifications; an alert that told them nothing changes nothing.
     */
    @Transactional
    public void alertOpened(long recipientId, long alertId) {
        entityManager.createNativeQuery("update notification set read_at = ?3 where "
                + inIdOrder("recipient_id = ?1 and alert_id = ?2 and read_at is null")).setParameter(1, recipientId)
                .setParameter(2, alertId)
                .setParameter(3, now()).executeUpdate();
    }

    /**
     * The rows matching the condition, locked in id order as every writer of a person's notifications takes them:
     * an update of several rows would lock them in whatever order its plan visits them, and two requests of one
     * person (opening a thread while acknowledging it) could then wait on each other crosswise.
     */
    static String inIdOrder(String condition) {
        return "id in (select id from notification where " + condition + " order by id for no key update)";
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
