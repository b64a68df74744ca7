package nl.relay.recruitment.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * The "done when" proof: a candidate's person (name, email, phone) is in candidate_person and nowhere else,
 * after every path its post takes (alert match and mail, a follower's feed, a reply mentioning a colleague,
 * interest shown, search, the alert's Atom feed), in any table, mail, API answer or log line.
 */
@QuarkusTest
class PersonalDataNowhereTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void thePersonsDetailsAppearOnlyInCandidatePerson() throws Exception {
        long n = Candidates.unique();
        String name = "Fenna Wijnbergen-Oosterhout";
        String email = "f.wijnbergen.oosterhout" + n + "@zeldzaam-voorbeeld.nl";
        // The same numbers as every other test's candidates (Candidates.body), so no two tests write one phone.
        String digits = Long.toString(10_000_000 + n % 89_999_999);
        String national = "6" + digits;
        String phone = "06-" + digits.substring(0, 2) + " " + digits.substring(2);
        List<String> secrets = List.of("wijnbergen", "oosterhout", email.toLowerCase(Locale.ROOT), national,
                phone);
        String skill = "cobol" + n;

        CapturedLog log = CapturedLog.start();
        try {
            Person owner = People.recruiter();
            Person colleague = People.recruiter();
            Person interested = People.recruiter();
            Person follower = People.employee();
            Person watcher = People.employee();
            Api.as(follower).put("/api/me/follows/accounts/" + owner.username()).then().statusCode(204);
            long alert = Alerts.create(watcher, skill, Map.of("channels", List.of("app", "email")));

            Map<String, Object> body = Candidates.body(Map.of("skills", List.of(skill, "jcl"),
                    "title", "Mainframe-specialist voor een verzekeraar",
                    "person", Map.of("name", name, "email", email, "phone", phone)));
            var offered = Api.as(owner).body(body).post("/api/candidates").then().statusCode(201).extract();
            long id = ((Number) offered.path("id")).longValue();
            long post = ((Number) offered.path("postId")).longValue();
            Posts.reply(owner, post, "@" + colleague.username() + " kijk jij even mee? Past mogelijk bij jouw klant.");
            Api.as(interested).body(Map.of("note", "Ik heb een mainframe-opdracht in Apeldoorn"))
                    .post("/api/candidates/" + id + "/interest").then().statusCode(201);
            Api.as(owner).put("/api/candidates/" + id + "/access/" + colleague.username()).then().statusCode(204);

            Wait.until(() -> Alerts.matches(watcher, alert).contains(post));
            Wait.until(() -> !MailServer.to(MailServer.addressOf(watcher)).isEmpty());
            Wait.until(() -> !MailServer.to(MailServer.addressOf(colleague)).isEmpty());
            Wait.until(() -> Api.as(follower).get("/api/feed").jsonPath().getList("items.id", Long.class)
                    .contains(post));
            Wait.until(() -> Api.as(owner).get("/api/notifications").jsonPath()
                    .getList("items.type").contains("interest"));
            Wait.until(() -> Api.as(owner).get("/api/search?q=" + skill).jsonPath().getList("items").size() > 0
                    && pendingOutbox() == 0);

            List<String> answers = new ArrayList<>();
            answers.add(Api.as(owner).get("/api/search?q=" + skill).then().statusCode(200).extract().asString());
            answers.add(Api.as(owner).get("/api/search?q=Wijnbergen").then().statusCode(200).extract().asString());
            answers.add(Api.as(follower).get("/api/feed").then().statusCode(200).extract().asString());
            answers.add(Api.as(owner).get("/api/posts/" + post + "/thread").then().statusCode(200).extract()
                    .asString());
            answers.add(Api.as(follower).get("/api/candidates?skill=" + skill).then().statusCode(200).extract()
                    .asString());
            for (Person person : List.of(owner, colleague, watcher, interested, follower)) {
                answers.add(Api.as(person).get("/api/notifications").then().statusCode(200).extract().asString());
            }
            String feedUrl = Api.as(watcher).get("/api/alerts/" + alert).then().extract().path("feedUrl");
            String atom = Api.anonymous().get(feedUrl.substring(feedUrl.indexOf("/feeds/"))).then().statusCode(200)
                    .extract().asString();
            assertTrue(atom.contains("/posts/" + post), "the Atom feed carries the candidate's post");
            answers.add(atom);
            assertFalse(answers.get(1).contains("/posts/" + post), "search does not find the person's name");
            for (String answer : answers) {
                assertNoSecret(secrets, answer, "an API answer");
            }

            List<MimeMessage> mails = new ArrayList<>();
            for (Person person : List.of(owner, colleague, watcher, interested, follower)) {
                mails.addAll(MailServer.to(MailServer.addressOf(person)));
            }
            assertTrue(mails.size() >= 2, "the alert mail and the mention mail were sent");
            for (MimeMessage mail : mails) {
                assertNoSecret(secrets, MailServer.raw(mail), "a mail");
            }

            Map<String, List<String>> found = tablesHolding(secrets);
            assertEquals(List.of("candidate_person"), List.copyOf(found.keySet()), "tables holding the person: "
                    + found);
            assertTrue(found.get("candidate_person").containsAll(List.of("wijnbergen",
                    email.toLowerCase(Locale.ROOT), national)), "the person is kept, in candidate_person");
            Api.as(colleague).get("/api/candidates/" + id).then().statusCode(200)
                    .body("person.email", org.hamcrest.Matchers.equalTo(email));
        } finally {
            log.stop();
        }
        assertFalse(log.lines().isEmpty(), "the log was captured");
        for (String line : log.lines()) {
            assertNoSecret(secrets, line, "a log line");
        }
    }

    private static void assertNoSecret(List<String> secrets, String text, String where) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String secret : secrets) {
            assertFalse(lower.contains(secret.toLowerCase(Locale.ROOT)), where + " holds \"" + secret + "\": " + text);
        }
    }

    /** Every table of the schema read as text, row by row: which tables hold which of the secrets. */
    private Map<String, List<String>> tablesHolding(List<String> secrets) throws Exception {
        Map<String, List<String>> found = new java.util.TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertTrue(tables.containsAll(List.of("post", "notification", "candidate", "candidate_person")), tables
                    .toString());
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select lower(t::text) from \"" + table + "\" t")) {
                    while (rows.next()) {
                        String row = rows.getString(1);
                        for (String secret : secrets) {
                            if (row.contains(secret.toLowerCase(Locale.ROOT))) {
                                found.computeIfAbsent(table, t -> new ArrayList<>()).add(secret);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private long pendingOutbox() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from outbox_task where run_after <= now()")) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every log record of the application while the test runs, formatted as a line. */
    private static final class CapturedLog extends Handler {

        private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        static CapturedLog start() {
            CapturedLog handler = new CapturedLog();
            handler.setLevel(java.util.logging.Level.ALL);
            Logger.getLogger("").addHandler(handler);
            Logger.getLogger("nl.relay.testing.capture").info("capturing the log for PersonalDataNowhereTest");
            return handler;
        }

        void stop() {
            Logger.getLogger("").removeHandler(this);
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
