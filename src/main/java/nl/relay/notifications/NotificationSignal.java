package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Tells every Relay instance, through PostgreSQL's NOTIFY, that notifications were written: one signal
 * per write, carrying only the range of their ids. PostgreSQL delivers it at commit, and not at all on a
 * rollback, so a live stream never shows something that was not kept. Only {@link WriteNotifications}
 * signals.
 */
@ApplicationScoped
public class NotificationSignal {

    public static final String CHANNEL = "relay_notification";

    private final EntityManager entityManager;

    NotificationSignal(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Signals the notifications with ids from {@code first} to {@code last}, in this transaction. */
    void announce(long first, long last) {
        entityManager.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)")
                .setParameter(1, first + "-" + last)
                .getSingleResult();
    }
}
