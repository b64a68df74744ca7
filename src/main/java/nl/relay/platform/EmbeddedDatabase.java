package nl.relay.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL server Relay runs when no external database is configured: one per JVM,
 * started before the datasource and stopped when the application shuts down.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedDatabase running;

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final boolean throwaway;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, boolean throwaway, String password) {
        this.postgres = postgres;
        this.directory = directory;
        this.throwaway = throwaway;
        this.password = password;
    }

    /** Starts the server on first call; later calls in the same JVM return the one already running. */
    static synchronized EmbeddedDatabase startOnce(Path dataDirectory, boolean throwaway, int port, boolean durable) {
        if (running == null) {
            running = start(dataDirectory, throwaway, port, durable);
        }
        return running;
    }

    /** Stops the server if one runs; a throwaway server also loses its data. */
    static synchronized void stopIfRunning() {
        if (running == null) {
            return;
        }
        try {
            running.postgres.close();
            LOG.infof("Embedded PostgreSQL stopped (%s)", running.directory);
            if (running.throwaway) {
                deleteRecursively(running.directory);
            }
        } catch (IOException e) {
            LOG.warnf(e, "Embedded PostgreSQL did not stop cleanly");
        } finally {
            running = null;
        }
    }

    static synchronized boolean isRunning() {
        return running != null;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    String username() {
        return "postgres";
    }

    String password() {
        return password;
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean throwaway, int port, boolean durable) {
        try {
            Path directory = throwaway
                    ? Files.createTempDirectory("relay-test-db-")
                    : Files.createDirectories(dataDirectory.toAbsolutePath().normalize().resolve("postgres"));
            String password = EmbeddedDatabasePassword.forDirectory(directory, throwaway);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    // No Unix socket: every connection comes over TCP and must give the password.
                    .setServerConfig("unix_socket_directories", "")
                    .setConnectConfig("password", password)
                    .setServerConfig("max_connections", "200")
                    // The library turns synchronous commit off for speed; a commit Relay acknowledges must
                    // survive a crash, so it is on unless asked otherwise (throwaway test databases).
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("log_timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabasePassword.require(postgres, directory, password);
            LOG.infof("Database: embedded PostgreSQL on localhost:%d, data in %s%s%s", postgres.getPort(), directory,
                    throwaway ? " (throwaway)" : "", durable ? "" : " (synchronous_commit off)");
            return new EmbeddedDatabase(postgres, directory, throwaway, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (is another Relay using the same data directory?)", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
