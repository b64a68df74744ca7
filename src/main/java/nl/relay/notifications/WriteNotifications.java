package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import nl.relay.notifications.mail.NotificationMail;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.platform.outbox.Outbox;

/**
 * The one writer of notification rows, for every type: writes them in the caller's transaction (never to
 * an inactive account, never twice where the unique index says once), tells every instance's live streams
 * at commit ({@link NotificationSignal}), and schedules their mail through the outbox as each asks.
 */
@ApplicationScoped
public class WriteNotifications {

    private final EntityManager entityManager;
    private final NotificationSignal signal;
    private final Outbox outbox;
    private final NotificationsConfig config;

    WriteNotifications(EntityManager entityManager, NotificationSignal signal, Outbox outbox,
            NotificationsConfig config) {
        this.entityManager = entityManager;
        this.signal = signal;
        this.outbox = outbox;
        this.config = config;
    }

    /** Writes these notifications; answers how many were new. */
    public int write(Collection<NewNotification> notifications) {
        List<Written> written = new ArrayList<>();
        Map<NewNotification.Mailing, List<NewNotification>> byMailing = notifications.stream()
                .collect(Collectors.groupingBy(NewNotification::mailing));
        byMailing.forEach((mailing, some) -> written.addAll(insert(some, mailing)));
        List<Long> shown = written.stream().filter(Written::inApp).map(Written::id).toList();
        if (!shown.isEmpty()) {
            signal.announce(shown.stream().min(Long::compare).get(), shown.stream().max(Long::compare).get());
        }
        scheduleMail(written);
        return written.size();
    }

    /**
     * A receipt before (or without) the notification: the addressee read and acknowledged a must-read post,
     * perhaps before its notification was written. Neither shown nor mailed as news.
     */
    public void acknowledged(long recipientId, long postId, long authorId, Instant at) {
        entityManager.createNativeQuery("""
                insert into notification (recipient_id, type, post_id, actor_id, must_read, read_at, acknowledged_at)
                values (?1, 'mention', ?2, ?3, true, ?4, ?4)
                on conflict (recipient_id, type, post_id) where type in ('mention', 'reply', 'reminder')
                do update set read_at = coalesce(notification.read_at, excluded.read_at),
                              acknowledged_at = coalesce(notification.acknowledged_at, excluded.acknowledged_at)""")
                .setParameter(1, recipientId).setParameter(2, postId).setParameter(3, authorId)
                .setParameter(4, at).executeUpdate();
    }

    /** A written notification, and what its recipient chose for email. */
    private record Written(long id, boolean inApp, String emailDelivery, NewNotification.Mailing mailing) {
    }

    private List<Written> insert(List<NewNotification> notifications, NewNotification.Mailing mailing) {
        return NativeSql.select(entityManager, """
                with written as (
                    insert into notification (recipient_id, type, post_id, actor_id, group_id, group_event, alert_id,
                                              match_count, must_read, in_app, related_post_id, due_at)
                    select n.* from unnest(cast(:recipients as bigint[]), cast(:types as text[]),
                           cast(:posts as bigint[]), cast(:actors as bigint[]), cast(:groups as bigint[]),
                           cast(:events as text[]), cast(:alerts as bigint[]), cast(:counts as int[]),
                           cast(:mustRead as boolean[]), cast(:inApp as boolean[]), cast(:related as bigint[]),
                           cast(:dueAt as timestamptz[]))
                        as n(recipient_id, type, post_id, actor_id, group_id, group_event, alert_id, match_count,
                             must_read, in_app, related_post_id, due_at)
                    where exists (select 1 from account a where a.id = n.recipient_id and a.active)
                    order by n.recipient_id, n.type, n.post_id
                    on conflict do nothing
                    returning id, recipient_id, in_app)
                select w.id, w.in_app, a.email_delivery from written w join account a on a.id = w.recipient_id
                order by w.id""")
                .bind("recipients", column(notifications, NewNotification::recipientId, Long[]::new))
                .bind("types", column(notifications, NewNotification::type, String[]::new))
                .bind("posts", column(notifications, NewNotification::postId, Long[]::new))
                .bind("actors", column(notifications, NewNotification::actorId, Long[]::new))
                .bind("groups", column(notifications, NewNotification::groupId, Long[]::new))
                .bind("events", column(notifications, NewNotification::groupEvent, String[]::new))
                .bind("alerts", column(notifications, NewNotification::alertId, Long[]::new))
                .bind("counts", column(notifications, NewNotification::matchCount, Integer[]::new))
                .bind("mustRead", column(notifications, NewNotification::mustRead, Boolean[]::new))
                .bind("inApp", column(notifications, NewNotification::inApp, Boolean[]::new))
                .bind("related", column(notifications, NewNotification::relatedPostId, Long[]::new))
                .bind("dueAt", column(notifications, n -> n.dueAt() == null ? null : Timestamp.from(n.dueAt()),
                        Timestamp[]::new))
                .list((Row row) -> new Written(row.longValue("id"), row.flag("in_app"), row.text("email_delivery"),
                        mailing));
    }

    private static <T> T[] column(List<NewNotification> notifications,
            Function<NewNotification, T> value, IntFunction<T[]> array) {
        return notifications.stream().map(value).toArray(array);
    }

    /** Each notification's mail, as it asked and as its recipient chose. */
    private void scheduleMail(List<Written> written) {
        List<NotificationMail> later = written.stream()
                .filter(w -> w.mailing() == NewNotification.Mailing.WHEN_STILL_UNREAD)
                .filter(w -> "instant".equals(w.emailDelivery()))
                .map(w -> new NotificationMail(w.id())).toList();
        List<NotificationMail> now = written.stream()
                .filter(w -> w.mailing() == NewNotification.Mailing.AT_ONCE)
                .filter(w -> !"off".equals(w.emailDelivery()))
                .map(w -> new NotificationMail(w.id())).toList();
        if (!later.isEmpty()) {
            outbox.sendAll(later, config.emailDelay());
        }
        if (!now.isEmpty()) {
            outbox.sendAll(now, Duration.ZERO);
        }
    }
}
