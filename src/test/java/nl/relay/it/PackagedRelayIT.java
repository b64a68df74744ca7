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
        try (RelayProcess first = RelayProcess.start(workDir, RelayProcess.env(
                "RELAY_DATA_DIR", workDir.resolve("shared").toString(),
                "RELAY_EMBEDDED_DATABASE_PORT", Integer.toString(databasePort),
                "RELAY_ADMIN_PASSWORD", ADMIN_PASSWORD));
                RelayProcess second = RelayProcess.start(workDir, RelayProcess.env(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                        "QUARKUS_DATASOURCE_USERNAME", "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD", ""))) {
            assertTrue(second.log().contains("Database in use: external PostgreSQL"), second.log());
            String token = login(first, "admin", ADMIN_PASSWORD);
            assertEquals(200, second.send("GET", "/api/me", token, null).statusCode());
            assertEquals(204, second.send("POST", "/api/auth/logout", token, null).statusCode());
            assertEquals(401, first.send("GET", "/api/me", token, null).statusCode());
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
