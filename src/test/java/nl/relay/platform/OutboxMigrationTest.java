package nl.relay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.relay.notifications.digest.DigestDue;
import nl.relay.notifications.mail.NotificationMail;
import nl.relay.platform.outbox.Outbox;
import nl.relay.platform.outbox.OutboxMessage;
import nl.relay.posts.PostWritten.PostEdited;
import nl.relay.posts.PostWritten.PostPublished;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V9 turns the outbox tasks and digest bookkeeping an older Relay left behind into typed messages and one
 * digest window. A plain test: a throwaway PostgreSQL migrated to V8, legacy rows, then the rest.
 */
class OutboxMigrationTest {

    /** Outbox reads payloads with this configuration. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    // Millisecond instants, one in summer time, one with a millisecond part that needs leading zeros.
    private static final Instant MONDAY = Instant.parse("2025-03-17T05:58:00.123Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-18T05:58:00.007Z");
    private static final Instant SUMMER = Instant.parse("2025-07-01T23:30:59.999Z");
    private static final Instant SUMMER_WEEK_LATER = Instant.parse("2025-07-08T23:30:59.990Z");

    private record Task(String kind, OutboxMessage message) {
    }

    private record Window(long accountId, String frequency, Instant sentUntil) {
    }

    @Test
    void legacyOutboxTasksAndDigestBookkeepingBecomeTypedMessagesAndOneDigestWindow(@TempDir Path directory)
            throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory).start()) {
            DataSource database = postgres.getPostgresDatabase();
            migrate(database, "8");
            List<Task> expected = new ArrayList<>();
            long ann;
            long bob;
            try (Connection db = database.getConnection()) {
                ann = account(db, "ann", "daily", MONDAY);
                bob = account(db, "bob", "weekly", SUMMER_WEEK_LATER);
                account(db, "cyd", "daily", null);
                alertDigest(db, ann, "daily", TUESDAY); // later than ann's notification digest: wins
                alertDigest(db, ann, "weekly", SUMMER);
                alertDigest(db, bob, "weekly", SUMMER); // earlier than bob's notification digest: loses

                task(db, "post.fan-out", 101, null);
                expected.add(new Task("post.fan-out", new PostPublished(101)));
                task(db, "post.fan-out", 102, "vacatures zorg");
                expected.add(new Task("post.fan-out", new PostEdited(102, List.of("vacatures", "zorg"))));
                for (String kind : List.of("post.notify", "post.match-alerts")) {
                    task(db, kind, 101, null);
                    expected.add(new Task(kind, new PostPublished(101)));
                    task(db, kind, 102, "edited");
                    expected.add(new Task(kind, new PostEdited(102, List.of())));
                }
                task(db, "notification.email", 501, null);
                expected.add(new Task("notification.email", new NotificationMail(501)));
                task(db, "alert.email", 502, null);
                expected.add(new Task("notification.email", new NotificationMail(502)));
                task(db, "digest.email", ann, millis(MONDAY, TUESDAY));
                expected.add(new Task("digest.email", new DigestDue(ann, "daily", MONDAY, TUESDAY)));
                task(db, "digest.email", bob, millis(SUMMER, SUMMER_WEEK_LATER));
                expected.add(new Task("digest.email", new DigestDue(bob, "weekly", SUMMER, SUMMER_WEEK_LATER)));
                task(db, "alert.digest", ann, "weekly:" + millis(SUMMER, SUMMER_WEEK_LATER));
                expected.add(new Task("digest.app", new DigestDue(ann, "weekly", SUMMER, SUMMER_WEEK_LATER)));
                task(db, "alert.digest-email", ann, "daily:" + millis(MONDAY, TUESDAY));
                expected.add(new Task("digest.email", new DigestDue(ann, "daily", MONDAY, TUESDAY)));
            }

            migrate(database, "latest");

            try (Connection db = database.getConnection()) {
                assertEquals(expected, tasks(db));
                assertEquals(List.of(new Window(ann, "daily", TUESDAY), new Window(ann, "weekly", SUMMER),
                        new Window(bob, "weekly", SUMMER_WEEK_LATER)), windows(db));
                assertFalse(exists(db, "select 1 from information_schema.tables where table_name = 'alert_digest'"),
                        "alert_digest is dropped");
                assertFalse(exists(db, "select 1 from information_schema.columns"
                        + " where table_name = 'account' and column_name = 'digest_sent_at'"),
                        "account.digest_sent_at is dropped");
            }
        }
    }

    private static void migrate(DataSource database, String target) {
        // Migrations run in a session time zone other than UTC, so a conversion that leans on it shows.
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target)
                .initSql("set time zone 'Europe/Amsterdam'").load().migrate();
    }

    private static long account(Connection db, String username, String digestFrequency, Instant digestSentAt)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into account (username, display_name, email, password_hash, email_delivery,
                                     digest_frequency, digest_sent_at)
                values (?, ?, ?, 'not-a-hash', 'digest', ?, ?) returning id""")) {
            insert.setString(1, username);
            insert.setString(2, username.toUpperCase());
            insert.setString(3, username + "@example.org");
            insert.setString(4, digestFrequency);
            insert.setObject(5, digestSentAt == null ? null : digestSentAt.atOffset(ZoneOffset.UTC));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void alertDigest(Connection db, long accountId, String frequency, Instant sentUntil)
            throws SQLException {
        update(db, "insert into alert_digest (account_id, frequency, sent_until) values (?, ?, ?)",
                accountId, frequency, sentUntil.atOffset(ZoneOffset.UTC));
    }

    private static void task(Connection db, String kind, long subjectId, String payload) throws SQLException {
        update(db, "insert into outbox_task (kind, subject_id, payload) values (?, ?, ?)", kind, subjectId, payload);
    }

    /** The legacy digest period: {@code <sinceMillis>-<untilMillis>}. */
    private static String millis(Instant since, Instant until) {
        return since.toEpochMilli() + "-" + until.toEpochMilli();
    }

    /** Every task as Outbox would read it: the payload as the record its message names. */
    private static List<Task> tasks(Connection db) throws Exception {
        List<Task> tasks = new ArrayList<>();
        try (PreparedStatement select = db
                .prepareStatement("select kind, message, payload from outbox_task order by id");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Class<? extends OutboxMessage> type = messageType(row.getString("message"));
                tasks.add(new Task(row.getString("kind"), JSON.readValue(row.getString("payload"), type)));
            }
        }
        return tasks;
    }

    private static Class<? extends OutboxMessage> messageType(String message) {
        return List.of(PostPublished.class, PostEdited.class, NotificationMail.class, DigestDue.class).stream()
                .filter(type -> type.getSimpleName().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("unknown message " + message));
    }

    private static List<Window> windows(Connection db) throws SQLException {
        List<Window> windows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "select account_id, frequency, sent_until from digest_window order by account_id, frequency");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                windows.add(new Window(row.getLong("account_id"), row.getString("frequency"),
                        row.getObject("sent_until", OffsetDateTime.class).toInstant()));
            }
        }
        return windows;
    }

    private static boolean exists(Connection db, String query) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(query); ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    private static void update(Connection db, String statement, Object... values) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
    }
}
