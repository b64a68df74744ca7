package nl.relay.platform.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection per instance that LISTENs on the channels of every {@link SignalReceiver} (written
 * notifications, changed alerts) and hands each signal to its receiver. If the connection drops, it
 * reconnects and lets each receiver catch up on what it missed while the database was away.
 */
@ApplicationScoped
class DatabaseSignals {

    private static final Logger LOG = Logger.getLogger(DatabaseSignals.class);
    private static final int WAIT_MILLIS = 10_000;

    private final List<SignalReceiver> receivers;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean stopped;
    private Thread thread;

    DatabaseSignals(Instance<SignalReceiver> receivers,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.receivers = receivers.stream().toList();
        this.url = url;
        this.username = username.orElse(null);
        this.password = password.orElse(null);
    }

    void onStart(@Observes StartupEvent event) {
        thread = Thread.ofPlatform().name("relay-database-signals").daemon(true).start(this::listen);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(500);
        boolean reconnected = false;
        while (!stopped) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties())) {
                try (Statement statement = connection.createStatement()) {
                    for (SignalReceiver receiver : receivers) {
                        statement.execute("listen " + receiver.channel());
                    }
                }
                for (SignalReceiver receiver : receivers) {
                    receiver.listening(connection, reconnected);
                }
                reconnected = true;
                backoff = Duration.ofMillis(500);
                receive(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                LOG.warnf("Database signals lost their connection (%s); retrying in %d ms", e.getMessage(),
                        backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10)
                        : backoff.multipliedBy(2);
            }
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("socketTimeout", "60");
        return properties;
    }

    private void receive(PGConnection connection) throws SQLException {
        while (!stopped) {
            PGNotification[] signals = connection.getNotifications(WAIT_MILLIS);
            if (signals == null || signals.length == 0) {
                ping(connection);
                continue;
            }
            for (PGNotification signal : signals) {
                for (SignalReceiver receiver : receivers) {
                    if (receiver.channel().equals(signal.getName())) {
                        receiver.received(signal.getParameter());
                    }
                }
            }
        }
    }

    /** A round trip, so a connection that died without a word fails here and is replaced. */
    private static void ping(PGConnection connection) throws SQLException {
        try (Statement statement = ((Connection) connection).createStatement()) {
            statement.execute("select 1");
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
