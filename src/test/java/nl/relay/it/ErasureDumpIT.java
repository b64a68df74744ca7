package nl.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure proven by a dump: the packaged Relay runs on an external PostgreSQL 15 (Debian's, whose pg_dump refuses
 * the embedded PostgreSQL 17), a candidate's name, email and phone are written everywhere a colleague can write
 * them, an erasure through the API takes them out, and a plain pg_dump of all data holds none of them in any written
 * form, while the anonymous profile and the conversation are still there. A dump before the erasure holds them all,
 * so the test can fail.
 */
class ErasureDumpIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "it-admin-password-1";

    @TempDir
    Path workDir;

    private final long n = System.nanoTime() % 100_000_000L;
    private final String surname = "Kwikstaart" + n;
    private final String name = "Noor " + surname;
    private final String email = "noor.kwikstaart" + n + "@voorbeeld.nl";
    private final String digits = Long.toString(10_000_000L + n % 89_999_999L);
    private final String phone = "06-" + digits;

    @Test
    void afterAnErasureTheDumpHoldsNoneOfThePersonsIdentifiers() throws Exception {
        Path directory = Path.of("target", "erasure-dump-it", "pg-" + n).toAbsolutePath();
        try (DebianPostgres postgres = DebianPostgres.start(directory);
                RelayProcess relay = RelayProcess.start(workDir, RelayProcess.env(
                        "RELAY_DATA_DIR", workDir.resolve("relay-data").toString(),
                        "RELAY_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                        "QUARKUS_DATASOURCE_USERNAME", "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD", "unused-with-trust"))) {
            assertTrue(postgres.version().startsWith("15."), postgres.version());
            assertTrue(relay.log().contains("Database in use: external PostgreSQL"), relay.log());
            String admin = login(relay, "admin", ADMIN_PASSWORD);
            String recruiter = account(relay, admin, "werver" + n, "recruiter");
            String colleague = account(relay, admin, "collega" + n, "employee");
            String officer = account(relay, admin, "privacy" + n, "privacy");

            long candidate = id(relay.send("POST", "/api/candidates", recruiter, candidate()));
            long vacancy = id(relay.send("POST", "/api/vacancies", recruiter, vacancy(relay, recruiter)));
            id(relay.send("POST", "/api/vacancies/" + vacancy + "/referrals", colleague,
                    json("name", name.toUpperCase(Locale.ROOT), "email", email, "note", "Buurvrouw, " + phone)));
            long post = id(relay.send("POST", "/api/posts", colleague, json("body",
                    "@werver" + n + " ik sprak " + name + " vandaag, bel +31 6 " + digits)));
            long reply = id(relay.send("POST", "/api/posts", recruiter, "{\"inReplyTo\":" + post
                    + ",\"body\":" + JSON.writeValueAsString("Dank! Ik mail " + email.toUpperCase(Locale.ROOT)
                            + " of bel 06 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " "
                            + digits.substring(4, 6) + " " + digits.substring(6))
                    + "}"));
            long edited = id(relay.send("POST", "/api/posts", colleague, json("body",
                    "Wie kent " + name.toLowerCase(Locale.ROOT) + " (0" + "6" + digits + ")?")));
            status(200, relay.send("PATCH", "/api/posts/" + edited, colleague, json("body",
                    "Wie kent deze kandidaat?")));
            id(relay.send("POST", "/api/alerts", colleague, json("name", "Over " + name, "query", name)));
            awaitMention(relay, recruiter, post);

            String before = Files.readString(postgres.dump(directory.resolve("before.sql")));
            assertFalse(leaks(before).isEmpty(), "before the erasure the dump holds the person");

            HttpResponse<String> erased = relay.send("POST", "/api/privacy/erasures", officer, json("phone",
                    "+31 (0)6 " + digits));
            assertEquals(200, erased.statusCode(), erased.body());
            assertEquals(List.of(), leaks(erased.body()), erased.body());
            JsonNode report = JSON.readTree(erased.body());
            assertEquals(candidate, report.at("/found/candidates/0").asLong(), erased.body());
            assertEquals(1, report.at("/found/referrals").size(), erased.body());

            Path dumpFile = postgres.dump(directory.resolve("after.sql"));
            String dump = Files.readString(dumpFile);
            assertEquals(List.of(), leaks(dump), "identifiers left in " + dumpFile);
            assertTrue(dump.contains("Ervaren Java-ontwikkelaar met oog voor kwaliteit"), "the anonymous profile");
            assertTrue(dump.contains("ik sprak [gewist] vandaag, bel [gewist]"), "the conversation");
            assertTrue(dump.contains("Wie kent deze kandidaat?"), "the edit");
            assertTrue(dump.contains("Wie kent [gewist] ([gewist])?"), "the first version, erased");

            HttpResponse<String> again = relay.send("POST", "/api/privacy/erasures", officer, json("email", email));
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(0, JSON.readTree(again.body()).get("changes").size(), again.body());
            assertEquals(200, relay.send("GET", "/api/posts/" + reply, recruiter, null).statusCode());
            assertFalse(relay.log().contains(surname), "no log line names the person");
        }
    }

    /** Every form of the identifiers the dump (or an answer) still holds: empty when erased everywhere. */
    private List<String> leaks(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String form : List.of(name, surname, email, phone, "0" + "6" + digits, "+316" + digits)) {
            if (lower.contains(form.toLowerCase(Locale.ROOT))) {
                found.add(form.equals(surname) ? "the surname" : "a form of the name, email or phone");
            }
        }
        String spaced = ("6" + digits).chars().mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining("[\\s.()-]{0,3}"));
        if (Pattern.compile("(?<![0-9])" + spaced + "(?![0-9])").matcher(text).find()) {
            found.add("the phone with separators");
        }
        return found;
    }

    private String candidate() throws Exception {
        return """
                {"title":"Ervaren Java-ontwikkelaar met oog voor kwaliteit",
                 "summary":"Werkte acht jaar aan betaalsystemen bij een bank.","skills":["java"],
                 "availableFrom":"%s","hoursPerWeek":32,"region":"utrecht-stad","contractTypes":["interim"],
                 "person":{"name":%s,"email":%s,"phone":%s},
                 "consent":{"given":true,"informedAt":"2026-11-20T10:00:00Z","informedHow":"phone","source":"own-network"}}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(30),
                        JSON.writeValueAsString(name), JSON.writeValueAsString(email), JSON.writeValueAsString(phone));
    }

    private String vacancy(RelayProcess relay, String recruiter) throws Exception {
        long client = id(relay.send("POST", "/api/clients", recruiter,
                "{\"name\":\"Bouwbedrijf " + n + "\",\"aliases\":[],\"sectorCode\":\"ict\"}"));
        return """
                {"clientId":%d,"title":"Java-ontwikkelaar","description":"Bouwt mee aan een betaalplatform.",
                 "skills":["java"],"region":"utrecht-stad","hoursPerWeek":32,"contractType":"interim"}"""
                .formatted(client);
    }

    /** The mention reached the recruiter: notified, and its mail waits in the outbox (ten minutes by default). */
    private static void awaitMention(RelayProcess relay, String token, long post) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> notifications = relay.send("GET", "/api/notifications", token, null);
            if (notifications.body().contains("\"id\":" + post)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the mention never arrived");
    }

    private static String account(RelayProcess relay, String admin, String username, String role) throws Exception {
        status(201, relay.send("POST", "/api/accounts", admin, json("username", username, "displayName",
                "Collega " + username, "email", username + "@example.nl", "password", "wachtwoord-" + username)
                .replace("}", ",\"roles\":[\"" + role + "\"]}")));
        return login(relay, username, "wachtwoord-" + username);
    }

    private static String login(RelayProcess relay, String username, String password) throws Exception {
        HttpResponse<String> response = relay.send("POST", "/api/auth/login", null,
                json("username", username, "password", password));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("accessToken").asText();
    }

    private static long id(HttpResponse<String> response) throws Exception {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.statusCode() + " "
                + response.body());
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static void status(int expected, HttpResponse<String> response) {
        assertEquals(expected, response.statusCode(), response.body());
    }

    private static String json(String... keyValues) throws Exception {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }
}
