package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.Outbox;

/**
 * Schedules the email for newly written notifications of people who want them right away: an outbox
 * task that runs after the configured delay and mails only what is still unread by then. Alerts are
 * not among them: an alert mails through its own email channel.
 */
@ApplicationScoped
class EmailLater {

    static final String KIND = "notification.email";

    private final EntityManager entityManager;
    private final NotificationsConfig config;
    private final Outbox outbox;

    EmailLater(EntityManager entityManager, NotificationsConfig config, Outbox outbox) {
        this.entityManager = entityManager;
        this.config = config;
        this.outbox = outbox;
    }

    void schedule(long first, long last) {
        int scheduled = entityManager.createNativeQuery("""
                insert into outbox_task (kind, subject_id, run_after)
                select ?1, n.id, now() + make_interval(secs => ?4) from notification n
                join account a on a.id = n.recipient_id
                where n.id between ?2 and ?3 and n.type <> 'alert' and n.read_at is null and n.emailed_at is null
                  and a.active and a.email_delivery = 'instant'
                  and not exists (select 1 from outbox_task t where t.kind = ?1 and t.subject_id = n.id)""")
                .setParameter(1, KIND).setParameter(2, first).setParameter(3, last)
                .setParameter(4, (double) config.emailDelay().toMillis() / 1000).executeUpdate();
        if (scheduled > 0 && config.emailDelay().isZero()) {
            outbox.recordedInline(KIND);
        }
    }
}
