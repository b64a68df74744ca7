package nl.relay.alerts.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.alerts.Alert;
import nl.relay.notifications.AlertNames;

/** The alert names notifications show, read from the alerts. */
@ApplicationScoped
class AlertNamesForNotifications implements AlertNames {

    @Override
    public Map<Long, String> of(Collection<Long> alertIds) {
        if (alertIds.isEmpty()) {
            return Map.of();
        }
        return Alert.<Alert>list("id in ?1", alertIds).stream().collect(Collectors.toMap(a -> a.id, a -> a.name));
    }
}
