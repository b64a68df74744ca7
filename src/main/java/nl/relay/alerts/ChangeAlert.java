package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.relay.platform.errors.InvalidInput;

/**
 * Changes an alert's name, query, frequency or channels (its owner, or a team alert's group managers).
 * A new query applies to posts from then on; earlier matches stay.
 */
@ApplicationScoped
public class ChangeAlert {

    private final AlertChanges changes;
    private final EntityManager entityManager;

    ChangeAlert(AlertChanges changes, EntityManager entityManager) {
        this.changes = changes;
        this.entityManager = entityManager;
    }

    @Transactional
    public Alert change(long accountId, long alertId, AlertDetails details) {
        details.check(false);
        Alert alert = AlertAccess.requireManaged(alertId, accountId);
        if (details.groupId() != null && !details.groupId().equals(alert.groupId)) {
            throw new InvalidInput("groupId", "cannot change: create a new alert for another group");
        }
        if (details.name() != null) {
            alert.name = details.name();
        }
        if (details.query() != null) {
            alert.query = details.strippedQuery();
        }
        if (details.frequency() != null) {
            alert.frequency = details.frequency();
        }
        if (details.channels() != null) {
            alert.channels = details.channelArray();
        }
        changes.changed(alert.id);
        entityManager.refresh(alert);
        return alert;
    }
}
