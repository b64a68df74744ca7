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
    private static final long CATCH_UP_WINDOW = 1_000;

    private final NotificationHub hub;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean stopped;
    private volatile long lastSeen;
    private Thread thread;

    NotificationListener(NotificationHub hub, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") java.util.Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") java.util.Optional<String> password) {
        this.hub = hub;
        this.url = url;
        this.username = username.orElse(null);
        this.password = password.orElse(null);
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
            java.util.Properties properties = new java.util.Properties();
            if (username != null) {
                properties.setProperty("user", username);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("socketTimeout", "60");
            try (Connection connection = DriverManager.getConnection(url, properties)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + NotificationSignal.CHANNEL);
                }
                long newest = newestId(connection);
                if (first) {
                    lastSeen = newest;
                    first = false;
                } else if (newest > lastSeen) {
                    // Ids commit out of order: look back a little further; the streams drop repeats.
                    deliver(Math.max(1, lastSeen - CATCH_UP_WINDOW), newest);
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
            if (signals == null || signals.length == 0) {
                ping(connection);
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

    /** Delivers a range; only once that worked does the listener count it as seen. */
    private void deliver(long first, long last) {
        try {
            hub.written(first, last);
            lastSeen = Math.max(lastSeen, last);
        } catch (RuntimeException e) {
            LOG.warn("Could not deliver notifications to the live streams", e);
        }
    }

    /** A round trip, so a connection that died without a word fails here and is replaced. */
    private static void ping(PGConnection connection) throws SQLException {
        try (Statement statement = ((Connection) connection).createStatement()) {
            statement.execute("select 1");
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
