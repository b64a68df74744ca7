package nl.relay.notifications;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
    private final NotificationSignal signal;
    private final NotificationsConfig config;
    private final Clock clock;

    RemindUnread(EntityManager entityManager, PostVisibility visibility, NotificationSignal signal,
            NotificationsConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.signal = signal;
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
        Object[] range = (Object[]) entityManager.createNativeQuery("""
                with due as (
                    select n.recipient_id, n.post_id, n.actor_id from notification n join post p on p.id = n.post_id
                    where n.type = 'mention' and n.must_read and n.read_at is null and n.created_at < ?1
                      and not p.deleted and %s
                      and exists (select 1 from post_mention m where m.post_id = n.post_id
                                  and m.account_id = n.recipient_id)
                      and not exists (select 1 from notification r where r.recipient_id = n.recipient_id
                                      and r.type = 'reminder' and r.post_id = n.post_id)
                    limit 1000),
                written as (
                    insert into notification (recipient_id, type, post_id, actor_id, must_read)
                    select recipient_id, 'reminder', post_id, actor_id, true from due
                    on conflict do nothing returning id)
                select min(id), max(id), count(*) from written""".formatted(
                visibility.readableClause("p", "n.recipient_id")))
                .setParameter(1, cutoff).getSingleResult();
        if (range[0] != null) {
            signal.announce(((Number) range[0]).longValue(), ((Number) range[1]).longValue());
        }
        return ((Number) range[2]).intValue();
    }
}
