package nl.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a newcomer runs it: an embedded database in the data directory that survives
 * a restart together with accounts and signing keys, flushes commits to disk, comes back in one
 * restart after its JVM is killed, and a second instance on the same database.
 */
class PackagedRelayIT {

    private static final String ADMIN_PASSWORD = "it-admin-password-1";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

    @TempDir
    Path workDir;

    @Test
    void dataAccountsAndTokensSurviveARestart() throws Exception {
        Path dataDir = workDir.resolve("relay-data");
        String adminToken;
        String colleagueToken;
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env(
                "RELAY_DATA_DIR", dataDir.toString(), "RELAY_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            assertTrue(relay.log().contains("Database in use: embedded PostgreSQL"), relay.log());
            adminToken = login(relay, "admin", ADMIN_PASSWORD);
            HttpResponse<String> created = relay.send("POST", "/api/accounts", adminToken, """
                    {"username":"sanne","displayName":"Sanne Visser","email":"sanne@example.nl",
                     "password":"wervingsdagen-2012","roles":["recruiter"]}""");
            assertEquals(201, created.statusCode(), created.body());
            colleagueToken = login(relay, "sanne", "wervingsdagen-2012");
            int exit = relay.stop();
            assertTrue(exit == 0 || exit == 143, "clean exit after SIGTERM, got " + exit);
            assertTrue(relay.log().contains("Embedded PostgreSQL stopped"), relay.log());
        }
        assertTrue(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION")));

        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString()))) {
            assertTrue(relay.log().contains("Token keys: loaded from the database"), relay.log());
            assertEquals(200, relay.send("GET", "/api/me", adminToken, null).statusCode());
            HttpResponse<String> me = relay.send("GET", "/api/me", colleagueToken, null);
            assertEquals(200, me.statusCode(), me.body());
            assertTrue(me.body().contains("\"displayName\":\"Sanne Visser\""), me.body());
            login(relay, "admin", ADMIN_PASSWORD);
            assertTrue(!relay.log().contains("generated password"), "no second admin bootstrap");
        }
    }

    @Test
    void withoutAnAdminPasswordOneIsGeneratedAndLoggedOnce() throws Exception {
        Path dataDir = workDir.resolve("generated");
        String password;
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString()))) {
            Matcher matcher = GENERATED.matcher(relay.log());
            assertTrue(matcher.find(), relay.log());
            password = matcher.group(1);
            login(relay, "admin", password);
        }
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString()))) {
            assertTrue(!relay.log().contains("generated password"), relay.log());
            login(relay, "admin", password);
        }
    }

    @Test
    void twoInstancesOnOneDatabaseShareKeysAndSignOuts() throws Exception {
        int databasePort = RelayProcess.freePort();
        Path sharedData = workDir.resolve("shared");
        try (RelayProcess first = RelayProcess.start(workDir, RelayProcess.env(
                "RELAY_DATA_DIR", sharedData.toString(),
                "RELAY_EMBEDDED_DATABASE_PORT", Integer.toString(databasePort),
                "RELAY_ADMIN_PASSWORD", ADMIN_PASSWORD));
                RelayProcess second = RelayProcess.start(workDir, RelayProcess.env(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                        "QUARKUS_DATASOURCE_USERNAME", "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD", Files.readString(sharedData.resolve("postgres-password"))))) {
            assertTrue(second.log().contains("Database in use: external PostgreSQL"), second.log());
            String token = login(first, "admin", ADMIN_PASSWORD);
            assertAMentionOnOneReachesAStreamOnTheOther(first, second, token);
            assertAlertChangesOnOneApplyOnBoth(first, second, token);
            assertAPostOnOneIsFoundOnBoth(first, second, token);
            assertEquals(200, second.send("GET", "/api/me", token, null).statusCode());
            assertEquals(204, second.send("POST", "/api/auth/logout", token, null).statusCode());
            assertEquals(401, first.send("GET", "/api/me", token, null).statusCode());
        }
    }

    /**
     * An alert saved on one instance matches posts at once, whichever instance matches them; a change on the
     * other applies just as soon; its feed answers on both.
     */
    private static void assertAlertChangesOnOneApplyOnBoth(RelayProcess first, RelayProcess second, String token)
            throws Exception {
        HttpResponse<String> created = second.send("POST", "/api/alerts", token,
                "{\"name\":\"Verlof\",\"query\":\"verlofregeling\"}");
        assertEquals(201, created.statusCode(), created.body());
        long alert = Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        for (int i = 0; i < 4; i++) {
            RelayProcess poster = i % 2 == 0 ? first : second;
            assertEquals(201, poster.send("POST", "/api/posts", token,
                    "{\"body\":\"De verlofregelingen voor " + (2013 + i) + " staan online\"}").statusCode());
        }
        awaitBody(first, "/api/alerts/" + alert + "/matches", token, body -> body.split("\"body\"").length == 5);
        assertEquals(200, first.send("PATCH", "/api/alerts/" + alert, token,
                "{\"query\":\"thuiswerken\"}").statusCode());
        assertEquals(201, second.send("POST", "/api/posts", token,
                "{\"body\":\"Thuiswerken mag voortaan twee dagen per week\"}").statusCode());
        assertEquals(201, second.send("POST", "/api/posts", token,
                "{\"body\":\"Nog een verlofregeling, voor de zomer\"}").statusCode());
        awaitBody(second, "/api/alerts/" + alert + "/matches", token, body -> body.contains("Thuiswerken mag"));
        String matches = first.send("GET", "/api/alerts/" + alert + "/matches", token, null).body();
        assertTrue(!matches.contains("voor de zomer"), "the changed query applies on both instances: " + matches);
        String feedUrl = first.send("GET", "/api/alerts/" + alert, token, null).body()
                .replaceAll("(?s).*\"feedUrl\":\"[^\"]*(/feeds/[^\"]+)\".*", "$1");
        assertEquals(200, second.send("GET", feedUrl, null, null).statusCode());
    }

    /** Whichever instance indexes a post, both find it, by its word forms; an edit is found by its new text. */
    private static void assertAPostOnOneIsFoundOnBoth(RelayProcess first, RelayProcess second, String token)
            throws Exception {
        HttpResponse<String> created = first.send("POST", "/api/posts", token,
                "{\"body\":\"Twee kandidaten voor de reorganisatie bij Stork\"}");
        assertEquals(201, created.statusCode(), created.body());
        long post = Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        awaitBody(second, "/api/search?q=kandidaat%20stork", token, body -> body.contains("\"id\":" + post + ","));
        awaitBody(first, "/api/search?q=reorganisaties%20stork", token, body -> body.contains("\"id\":" + post
                + ","));
        assertEquals(200, second.send("PATCH", "/api/posts/" + post, token,
                "{\"body\":\"Twee kandidaten voor de fusie bij Stork\"}").statusCode());
        awaitBody(first, "/api/search?q=fusie%20stork", token, body -> body.contains("\"id\":" + post + ","));
        assertTrue(second.send("GET", "/api/search?q=reorganisatie%20stork", token, null).body()
                .contains("\"items\":[]"), "the earlier text is no longer found");
    }

    private static void awaitBody(RelayProcess relay, String path, String token,
            java.util.function.Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        String body = "";
        while (System.nanoTime() < deadline) {
            body = relay.send("GET", path, token, null).body();
            if (condition.test(body)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Waited 15 s in vain for " + path + ": " + body);
    }

    /** A post on the first instance; the addressee's live stream is held by the second. */
    private static void assertAMentionOnOneReachesAStreamOnTheOther(RelayProcess first, RelayProcess second,
            String adminToken) throws Exception {
        assertEquals(201, first.send("POST", "/api/accounts", adminToken, """
                {"username":"fatima","displayName":"Fatima El Amrani","email":"fatima@example.nl",
                 "password":"wervingsdagen-2012","roles":["employee"]}""").statusCode());
        String fatima = login(first, "fatima", "wervingsdagen-2012");
        HttpResponse<java.io.InputStream> stream = second.open("/api/notifications/stream", fatima);
        assertEquals(200, stream.statusCode());
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            assertEquals(201, first.send("POST", "/api/posts", adminToken,
                    "{\"body\":\"@fatima lees dit even: het nieuwe verlofbeleid\"}").statusCode());
            java.util.concurrent.CompletableFuture<String> data = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            // The stream also says which posts arrived in her feed; the mention is what counts here.
                            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                                if (line.startsWith("data:") && line.contains("\"mention\"")) {
                                    return line;
                                }
                            }
                            return "";
                        } catch (java.io.IOException e) {
                            return e.toString();
                        }
                    });
            String event = data.get(15, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(event.contains("verlofbeleid") && event.contains("\"mention\""), event);
            // Signed out on the first instance: the stream on the second ends at once.
            assertEquals(204, first.send("POST", "/api/auth/logout", fatima, null).statusCode());
            java.util.concurrent.CompletableFuture<String> end = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        StringBuilder rest = new StringBuilder();
                        try {
                            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                                rest.append(line).append('\n');
                            }
                            return rest.append("(closed)").toString();
                        } catch (java.io.IOException e) {
                            return rest.append(e).toString();
                        }
                    });
            String rest = end.get(15, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(rest.contains("event: session-ended") && rest.endsWith("(closed)"), rest);
        }
    }

    @Test
    void theEmbeddedDatabaseRefusesConnectionsWithoutItsPassword() throws Exception {
        int databasePort = RelayProcess.freePort();
        Path dataDir = workDir.resolve("locked");
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString(),
                "RELAY_EMBEDDED_DATABASE_PORT", Integer.toString(databasePort)))) {
            String url = "jdbc:postgresql://localhost:" + databasePort + "/postgres";
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> java.sql.DriverManager.getConnection(url, "postgres", "").close());
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> java.sql.DriverManager.getConnection(url, "postgres", "wrong").close());
            String password = Files.readString(dataDir.resolve("postgres-password"));
            java.sql.DriverManager.getConnection(url, "postgres", password).close();
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataDir.resolve("postgres-password"))));
            relay.stop();
        }
        // And it comes back up with the password in force.
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString()))) {
            assertEquals(401, relay.send("GET", "/api/me", null, null).statusCode());
        }
    }

    @Test
    void byDefaultTheEmbeddedDatabaseFlushesEveryCommitToDisk() throws Exception {
        int databasePort = RelayProcess.freePort();
        Path dataDir = workDir.resolve("durable");
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString(),
                "RELAY_EMBEDDED_DATABASE_PORT", Integer.toString(databasePort)))) {
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres",
                    Files.readString(dataDir.resolve("postgres-password")));
                    Statement statement = connection.createStatement()) {
                for (String setting : List.of("fsync", "full_page_writes", "synchronous_commit")) {
                    try (ResultSet rows = statement.executeQuery("show " + setting)) {
                        rows.next();
                        assertEquals("on", rows.getString(1), setting);
                    }
                }
            }
            assertTrue(relay.log().contains("durable: fsync, full_page_writes and synchronous_commit on"),
                    relay.log());
        }
    }

    @Test
    void whatWasWrittenWithoutFsyncIsFlushedOnceBeforeTheFirstDurableStart() throws Exception {
        Path dataDir = workDir.resolve("flushed");
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString(),
                "RELAY_EMBEDDED_DATABASE_DURABLE", "false"))) {
            assertTrue(relay.log().contains("not durable: fsync and synchronous_commit off"), relay.log());
        }
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString()))) {
            assertTrue(relay.log().contains("written while fsync was off"), relay.log());
        }
        try (RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString()))) {
            assertTrue(!relay.log().contains("written while fsync was off"), relay.log());
        }
    }

    @Test
    void oneRestartAfterTheJvmIsKilledStopsItsOrphanedDatabaseAndKeepsThePosts() throws Exception {
        Path dataDir = workDir.resolve("killed");
        var environment = RelayProcess.env("RELAY_DATA_DIR", dataDir.toString(), "RELAY_ADMIN_PASSWORD",
                ADMIN_PASSWORD);
        String token;
        long post;
        long orphan;
        try (RelayProcess crashing = RelayProcess.start(workDir, environment)) {
            token = login(crashing, "admin", ADMIN_PASSWORD);
            HttpResponse<String> created = crashing.send("POST", "/api/posts", token,
                    "{\"body\":\"Geschreven vlak voor de crash\"}");
            assertEquals(201, created.statusCode(), created.body());
            post = Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
            orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0));
            crashing.kill();
        }
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                "the embedded PostgreSQL outlives a killed JVM, which is what the restart must deal with");

        try (RelayProcess restarted = RelayProcess.start(workDir, environment)) {
            assertTrue(restarted.log().contains("Stopped the orphaned embedded PostgreSQL (process " + orphan + ")"),
                    restarted.log());
            assertTrue(ProcessHandle.of(orphan).map(handle -> !handle.isAlive()).orElse(true));
            HttpResponse<String> read = restarted.send("GET", "/api/posts/" + post, token, null);
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("Geschreven vlak voor de crash"), read.body());
        }
    }

    /** A Relay from before the data directory's own lock still holds the library's lock in the database. */
    @Test
    void aDatabaseWhoseJvmStillLivesIsNotTakenForAnOrphan() throws Exception {
        Path dataDir = workDir.resolve("older");
        var environment = RelayProcess.env("RELAY_DATA_DIR", dataDir.toString());
        long server;
        try (RelayProcess killed = RelayProcess.start(workDir, environment)) {
            server = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0));
            killed.kill();
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve("postgres").resolve("epg-lock"),
                StandardOpenOption.WRITE);
                FileLock olderRelay = channel.lock();
                RelayProcess refused = RelayProcess.launch(workDir, environment)) {
            assertTrue(refused.awaitExit() != 0, refused.log());
            assertTrue(refused.log().contains("(process " + server + ") is in use by another Relay that does not lock"),
                    refused.log());
            assertTrue(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false), "left alone");
        }
        try (RelayProcess restarted = RelayProcess.start(workDir, environment)) {
            assertTrue(restarted.log().contains("Stopped the orphaned embedded PostgreSQL (process " + server + ")"),
                    restarted.log());
        }
    }

    @Test
    void aSecondRelayOnTheSameDataDirectoryStopsAtOnceAndSaysWhy() throws Exception {
        Path dataDir = workDir.resolve("taken");
        try (RelayProcess first = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR", dataDir.toString()));
                RelayProcess second = RelayProcess.launch(workDir,
                        RelayProcess.env("RELAY_DATA_DIR", dataDir.toString()))) {
            assertTrue(second.awaitExit() != 0, second.log());
            assertTrue(second.log().contains("is in use by another Relay (process " + first.pid() + ")"),
                    second.log());
            assertEquals(200, first.send("GET", "/q/health/ready", null, null).statusCode());
        }
    }

    private static String login(RelayProcess relay, String username, String password) throws Exception {
        HttpResponse<String> response = relay.send("POST", "/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        Matcher matcher = TOKEN.matcher(response.body());
        assertTrue(matcher.find(), response.body());
        return matcher.group(1);
    }
}
