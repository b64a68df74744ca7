package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Deletes an alert with its matches and notifications (its owner, or a team alert's group managers). */
@ApplicationScoped
public class DeleteAlert {

    private final AlertChanges changes;

    DeleteAlert(AlertChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public void delete(long accountId, long alertId) {
        Alert alert = AlertAccess.requireManaged(alertId, accountId);
        alert.delete();
        changes.removed(alertId);
    }
}
