package nl.relay.notifications;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * Every few minutes (relay.notifications.check-every): an addressee who has not read a must-read post after the
 * configured time (24 hours by default) gets one reminder. Every instance may run it; the unique index lets only
 * one reminder in.
 */
@ApplicationScoped
public class RemindUnread {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final WriteNotifications notifications;
    private final NotificationsConfig config;
    private final Clock clock;

    RemindUnread(EntityManager entityManager, PostVisibility visibility, WriteNotifications notifications,
            NotificationsConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "{relay.notifications.check-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        remindUnreadSince(clock.instant().minus(config.reminderAfter()));
    }

    /** Reminds of must-read posts addressed before {@code cutoff} and still unread; answers how many. */
    @Transactional
    public int remindUnreadSince(Instant cutoff) {
        List<NewNotification> due = NativeSql.select(entityManager, """
                select n.recipient_id, n.post_id, n.actor_id from notification n join post p on p.id = n.post_id
                where n.type = 'mention' and n.must_read and n.read_at is null and n.created_at < ?1
                  and %s
                  and exists (select 1 from post_mention m where m.post_id = n.post_id
                              and m.account_id = n.recipient_id)
                  and not exists (select 1 from notification r where r.recipient_id = n.recipient_id
                                  and r.type = 'reminder' and r.post_id = n.post_id)
                limit 1000""".formatted(visibility.shownClause("p", "n.recipient_id")))
                .bind(1, cutoff)
                .list(row -> NewNotification.reminder(row.longValue("recipient_id"), row.longValue("post_id"),
                        row.longValue("actor_id")));
        return notifications.write(due);
    }
}
