package nl.relay.notifications.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import nl.relay.accounts.sessions.SessionSignal;
import nl.relay.platform.database.SignalReceiver;
import org.jboss.logging.Logger;

/**
 * Hears, from any instance, that an account's sessions changed (sign-out, deactivation, new roles) and has
 * the hub end this instance's streams that no longer belong to a valid session. Signals missed while the
 * database was away are made up for by the hub's sweep every 25 seconds.
 */
@ApplicationScoped
class SessionReceiver implements SignalReceiver {

    private static final Logger LOG = Logger.getLogger(SessionReceiver.class);

    private final NotificationHub hub;

    SessionReceiver(NotificationHub hub) {
        this.hub = hub;
    }

    @Override
    public String channel() {
        return SessionSignal.CHANNEL;
    }

    @Override
    public void received(String payload) {
        try {
            hub.sessionsChanged(Long.parseLong(payload));
        } catch (NumberFormatException e) {
            LOG.warnf("Ignored a malformed session signal: %s", payload);
        } catch (RuntimeException e) {
            LOG.warn("Could not check the live streams of an account whose sessions changed", e);
        }
    }

    @Override
    public void listening(Connection connection, boolean reconnected) {
        // Nothing to catch up on here: the hub's regular sweep checks every stream's session.
    }
}
