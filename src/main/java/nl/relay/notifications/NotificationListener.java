package nl.relay.notifications;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection per instance that LISTENs for written notifications (from this instance or any other on
 * the same database) and hands them to the hub. If the connection drops, it reconnects and catches up
 * from the last notification it had seen, so a stream misses nothing while the database was away.
 */
@ApplicationScoped
class NotificationListener {

    private static final Logger LOG = Logger.getLogger(NotificationListener.class);
    private static final int WAIT_MILLIS = 10_000;

    private final NotificationHub hub;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean stopped;
    private volatile long lastSeen;
    private Thread thread;

    NotificationListener(NotificationHub hub, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.hub = hub;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        thread = Thread.ofPlatform().name("relay-notification-listener").daemon(true).start(this::listen);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(500);
        boolean first = true;
        while (!stopped) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + NotificationSignal.CHANNEL);
                }
                long newest = newestId(connection);
                if (first) {
                    lastSeen = newest;
                    first = false;
                } else if (newest > lastSeen) {
                    deliver(lastSeen + 1, newest);
                }
                backoff = Duration.ofMillis(500);
                receive(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                LOG.warnf("Notification listener lost its connection (%s); retrying in %d ms", e.getMessage(),
                        backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10)
                        : backoff.multipliedBy(2);
            }
        }
    }

    private void receive(PGConnection connection) throws SQLException {
        while (!stopped) {
            PGNotification[] signals = connection.getNotifications(WAIT_MILLIS);
            if (signals == null) {
                continue;
            }
            for (PGNotification signal : signals) {
                String[] range = signal.getParameter().split("-");
                try {
                    deliver(Long.parseLong(range[0]), Long.parseLong(range[1]));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException ignored) {
                    LOG.warnf("Ignored a malformed notification signal: %s", signal.getParameter());
                }
            }
        }
    }

    private void deliver(long first, long last) {
        lastSeen = Math.max(lastSeen, last);
        try {
            hub.written(first, last);
        } catch (RuntimeException e) {
            LOG.warn("Could not deliver notifications to the live streams", e);
        }
    }

    private static long newestId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(max(id), 0) from notification")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
