package nl.relay.platform.database;

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
    private static final Duration APPLICATION_GRACE = Duration.ofSeconds(30);
    private static EmbeddedDatabase running;
    private static boolean hookRegistered;
    private static boolean applicationRunning;

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final boolean throwaway;
    private final String password;
    /** None for a throwaway database, whose directory is new and no one else's. */
    private final EmbeddedDatabaseLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, boolean throwaway, String password,
            EmbeddedDatabaseLock lock) {
        this.postgres = postgres;
        this.directory = directory;
        this.throwaway = throwaway;
        this.password = password;
        this.lock = lock;
    }

    /** Starts the server on first call; later calls in the same JVM return the one already running. */
    static synchronized EmbeddedDatabase startOnce(Path dataDirectory, boolean throwaway, int port, boolean durable) {
        if (running == null) {
            running = start(dataDirectory, throwaway, port, durable);
            if (!hookRegistered) {
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("relay-embedded-database-stop")
                        .unstarted(EmbeddedDatabase::stopAfterTheApplication));
                hookRegistered = true;
            }
        }
        return running;
    }

    /** The application has started: at JVM exit its own shutdown stops the server, after its last request. */
    static synchronized void applicationStarted() {
        applicationRunning = true;
    }

    /**
     * The JVM is exiting (Ctrl-C, SIGTERM, or a failed start). A started application stops the server
     * itself at the end of its shutdown ({@link EmbeddedDatabaseShutdown}), after finishing the requests
     * in flight: this waits for that (at most {@link #APPLICATION_GRACE}) rather than pulling the
     * database from under them. The server is stopped here only when no application will do it.
     */
    private static void stopAfterTheApplication() {
        long deadline = System.nanoTime() + APPLICATION_GRACE.toNanos();
        synchronized (EmbeddedDatabase.class) {
            long left;
            while (running != null && applicationRunning && (left = deadline - System.nanoTime()) > 0) {
                try {
                    EmbeddedDatabase.class.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        stopIfRunning();
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
            // Only now may another Relay take the directory: its server has stopped.
            release(running.lock);
            running = null;
            applicationRunning = false;
            EmbeddedDatabase.class.notifyAll();
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
        EmbeddedDatabaseLock lock = null;
        try {
            Path directory;
            if (throwaway) {
                directory = Files.createTempDirectory("relay-test-db-");
            } else {
                Path base = Files.createDirectories(dataDirectory.toAbsolutePath().normalize());
                lock = EmbeddedDatabaseLock.claim(base);
                directory = Files.createDirectories(base.resolve("postgres"));
                EmbeddedDatabaseOrphan.stopIfRunning(directory);
                EmbeddedDatabaseFlush.beforeStart(directory, durable);
            }
            String password = EmbeddedDatabasePassword.forDirectory(directory, throwaway);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    // No Unix socket: every connection comes over TCP and must give the password.
                    .setServerConfig("unix_socket_directories", "")
                    .setConnectConfig("password", password)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("log_timezone", "UTC");
            durability(builder, durable);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabasePassword.require(postgres, directory, password);
            LOG.infof("Database: embedded PostgreSQL on localhost:%d, data in %s%s, %s", postgres.getPort(), directory,
                    throwaway ? " (throwaway)" : "", durable
                            ? "durable: fsync, full_page_writes and synchronous_commit on"
                            : "not durable: fsync and synchronous_commit off (a machine crash can lose or corrupt data)");
            return new EmbeddedDatabase(postgres, directory, throwaway, password, lock);
        } catch (IOException e) {
            release(lock);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (its own messages are in the log above)", e);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /**
     * The library starts the server with -F (fsync off) and synchronous_commit off, which lose
     * acknowledged commits, or corrupt the database, when the machine crashes or loses power. The -c
     * options come after -F and a later setting wins, so durable mode turns all three back on.
     */
    private static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
        builder.setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off");
        if (durable) {
            builder.setServerConfig("full_page_writes", "on");
        }
    }

    private static void release(EmbeddedDatabaseLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warnf(e, "Could not release the data directory's lock");
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
