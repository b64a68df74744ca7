package nl.relay.notifications;

import java.util.Collection;
import java.util.Map;

/**
 * The names of alerts, for the notifications that tell about them. Provided by the alerts feature, so
 * notifications never read the alert table: alerts depend on notifications, not the reverse.
 */
public interface AlertNames {

    /** The name of each of these alerts that still exists. */
    Map<Long, String> of(Collection<Long> alertIds);
}
