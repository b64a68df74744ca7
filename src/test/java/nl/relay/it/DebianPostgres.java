package nl.relay.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the operating system's own (Debian's postgresql-15 by default), made by initdb in a
 * directory of the build, for tests that need its client tools: Debian's pg_dump refuses the newer embedded server,
 * so a dump test runs Relay against this one as an external database. As root, the server runs as the
 * {@code postgres} user (PostgreSQL refuses root). Without it installed the test is skipped, unless
 * {@code RELAY_DUMP_TEST=required}.
 */
final class DebianPostgres implements AutoCloseable {

    private static final Path BIN = System.getProperty("relay.postgres.bin") != null
            ? Path.of(System.getProperty("relay.postgres.bin"))
            : newestInstalled();

    private final Path dataDir;
    private final Process server;
    final int port;

    private DebianPostgres(Path dataDir, Process server, int port) {
        this.dataDir = dataDir;
        this.server = server;
        this.port = port;
    }

    static DebianPostgres start(Path directory) throws Exception {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_dump"))) {
            String why = "The dump test needs PostgreSQL's server and pg_dump in " + BIN
                    + " (apt-get install postgresql, or -Drelay.postgres.bin=...)";
            if ("required".equals(System.getenv("RELAY_DUMP_TEST"))) {
                throw new IllegalStateException(why + ", and RELAY_DUMP_TEST=required");
            }
            Assumptions.abort(why + "; skipped here");
        }
        Files.createDirectories(directory);
        if (root()) {
            run(List.of("chown", "postgres", directory.toString()));
        }
        Path dataDir = directory.resolve("data");
        run(asServerUser(List.of(BIN.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync")));
        int port = RelayProcess.freePort();
        Process server = new ProcessBuilder(asServerUser(List.of(BIN.resolve("postgres").toString(), "-D",
                dataDir.toString(), "-p", Integer.toString(port), "-c", "listen_addresses=localhost", "-c",
                "unix_socket_directories=" + directory, "-c", "fsync=off")))
                .redirectErrorStream(true).redirectOutput(directory.resolve("postgres.log").toFile()).start();
        DebianPostgres postgres = new DebianPostgres(dataDir, server, port);
        postgres.awaitReady(directory);
        return postgres;
    }

    /** Debian's newest PostgreSQL with both the server and pg_dump (/usr/lib/postgresql/{version}/bin). */
    private static Path newestInstalled() {
        Path versions = Path.of("/usr/lib/postgresql");
        try (java.util.stream.Stream<Path> installed = Files.list(versions)) {
            return installed.filter(v -> v.getFileName().toString().matches("[0-9]+"))
                    .filter(v -> Files.isExecutable(v.resolve("bin/initdb"))
                            && Files.isExecutable(v.resolve("bin/pg_dump")))
                    .max(java.util.Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).orElse(versions.resolve("15/bin"));
        } catch (java.io.IOException e) {
            return versions.resolve("15/bin");
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The server's version as it reports it (SHOW server_version). */
    String version() throws Exception {
        try (var connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                var result = connection.createStatement().executeQuery("show server_version")) {
            result.next();
            return result.getString(1);
        }
    }

    /** A plain-text dump of the whole database, schema and all data, written by pg_dump; answers its file. */
    Path dump(Path file) throws Exception {
        run(List.of(BIN.resolve("pg_dump").toString(), "-h", "localhost", "-p", Integer.toString(port), "-U",
                "postgres", "--format=plain", "--no-owner", "-f", file.toString(), "postgres"));
        return file;
    }

    @Override
    public void close() throws Exception {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    private void awaitReady(Path directory) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited early:\n" + Files.readString(
                        directory.resolve("postgres.log")));
            }
            try (var connection = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
                return;
            } catch (java.sql.SQLException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("PostgreSQL in " + dataDir + " did not become ready");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(List<String> command) {
        if (!root()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
