package nl.relay.notifications.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.relay.notifications.NotificationSignal;
import nl.relay.platform.database.SignalReceiver;
import org.jboss.logging.Logger;

/**
 * Hands the notifications written on any instance to this instance's live streams. After the database
 * was away it catches up from the last notification it had seen, so a stream misses nothing.
 */
@ApplicationScoped
class NotificationReceiver implements SignalReceiver {

    private static final Logger LOG = Logger.getLogger(NotificationReceiver.class);
    private static final long CATCH_UP_WINDOW = 1_000;

    private final NotificationHub hub;
    private volatile long lastSeen;

    NotificationReceiver(NotificationHub hub) {
        this.hub = hub;
    }

    @Override
    public String channel() {
        return NotificationSignal.CHANNEL;
    }

    @Override
    public void listening(Connection connection, boolean reconnected) throws SQLException {
        long newest = newestId(connection);
        if (!reconnected) {
            lastSeen = newest;
        } else if (newest > lastSeen) {
            // Ids commit out of order: look back a little further; the streams drop repeats.
            deliver(Math.max(1, lastSeen - CATCH_UP_WINDOW), newest);
        }
    }

    @Override
    public void received(String payload) {
        String[] range = payload.split("-");
        try {
            deliver(Long.parseLong(range[0]), Long.parseLong(range[1]));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException ignored) {
            LOG.warnf("Ignored a malformed notification signal: %s", payload);
        }
    }

    /** Delivers a range; only once that worked does the receiver count it as seen. */
    private void deliver(long first, long last) {
        try {
            hub.written(first, last);
            lastSeen = Math.max(lastSeen, last);
        } catch (RuntimeException e) {
            LOG.warn("Could not deliver notifications to the live streams", e);
        }
    }

    private static long newestId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(max(id), 0) as newest_id from notification")) {
            row.next();
            return row.getLong("newest_id");
        }
    }
}
