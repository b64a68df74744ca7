package nl.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a newcomer runs it: an embedded database in the data directory that survives
 * a restart together with accounts and signing keys, and a second instance on the same database.
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
                            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                                if (line.startsWith("data:")) {
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

    private static String login(RelayProcess relay, String username, String password) throws Exception {
        HttpResponse<String> response = relay.send("POST", "/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        Matcher matcher = TOKEN.matcher(response.body());
        assertTrue(matcher.find(), response.body());
        return matcher.group(1);
    }
}
