package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.alerts.matching.AlertMonitor;

/**
 * Marks an alert as changed, in the caller's transaction: a new revision, and a signal to every instance's
 * matcher, which PostgreSQL delivers at commit (and not at all on a rollback).
 */
@ApplicationScoped
class AlertChanges {

    private final EntityManager entityManager;

    AlertChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void changed(long alertId) {
        entityManager.flush();
        entityManager.createNativeQuery(
                "update alert set revision = nextval('alert_revision'), changed_at = clock_timestamp() "
                        + "where id = ?1")
                .setParameter(1, alertId).executeUpdate();
        signal(alertId);
    }

    void removed(long alertId) {
        signal(alertId);
    }

    private void signal(long alertId) {
        entityManager.createNativeQuery("select pg_notify('" + AlertMonitor.CHANNEL + "', ?1)")
                .setParameter(1, Long.toString(alertId)).getSingleResult();
    }
}
