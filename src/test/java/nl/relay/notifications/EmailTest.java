package nl.relay.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.relay.notifications.digest.ClaimDigests;
import nl.relay.notifications.mail.NotificationMail;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.StallingMailServer;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** Email through a real SMTP server: instant after the delay, digests, reminders, a server that goes down. */
@QuarkusTest
class EmailTest {

    @Inject
    OutboxWorker outbox;

    @Inject
    ClaimDigests digests;

    @Inject
    RemindUnread reminders;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anUnreadMentionIsMailedAfterTheDelayEscapedWithAPlainTextPartAndALink() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        long post = Posts.publish(author,
                "Let op <b>vet</b> & \"quotes\": @" + reader.username() + " de nieuwe tarieven.");
        Wait.until(() -> MailServer.to(email(reader)).size() == 1);
        MimeMessage mail = MailServer.to(email(reader)).get(0);
        assertEquals("[Relay] Test " + author.username() + " noemde je in een bericht dat je moet lezen",
                mail.getSubject(), "a whole sentence");
        String raw = raw(mail);
        assertTrue(raw.contains("&lt;b&gt;vet&lt;/b&gt;"), "HTML escaped");
        assertTrue(!raw.contains("<b>vet</b>") || raw.contains("text/plain"), "no raw markup in the HTML part");
        assertTrue(raw.contains("/posts/" + post), "a link back to the post");
        assertTrue(mail.getContent() instanceof Multipart, "an HTML and a plain-text part");
        assertTrue(mail.getMessageID().startsWith("<notification-"), mail.getMessageID());
        assertTrue(raw.contains("Hallo Test " + reader.username()), "in Dutch by default");
    }

    @Test
    void noMailWhenTheNotificationIsReadInTimeAndNoneWhenMailIsOff() throws Exception {
        Person author = People.employee();
        Person quick = People.employee();
        Person off = People.employee();
        Api.as(off).body(Map.of("email", "off")).put("/api/me/preferences").then().statusCode(200);
        long post = Posts.publish(author, "Snel gelezen door @" + quick.username() + " en @" + off.username());
        // Read once the notification is there (it is written in the background, with its mail task), well within
        // the delay: the task is held back while the test reads, so a slow machine cannot outrun the 2 s of the tests.
        Wait.until(() -> pendingMails(quick) == 1);
        assertEquals(1, mailsDue(quick, "now() + interval '1 hour'"), "the mail was still waiting for its delay");
        Api.as(quick).get("/api/posts/" + post).then().statusCode(200);
        mailsDue(quick, "now()");
        // Its mail task comes due and finds it read; someone with mail off gets no task at all.
        Wait.until(() -> pendingMails(quick) == 0 && pendingMails(off) == 0);
        assertEquals(0, MailServer.to(email(quick)).size());
        assertEquals(0, MailServer.to(email(off)).size());
    }

    @Test
    void atMostOneMailPerThreadUntilItIsRead() throws Exception {
        Person starter = People.employee();
        Person replier = People.employee();
        long root = Posts.publish(starter, "Wie heeft er tijd voor een intake vrijdag?");
        Posts.reply(replier, root, "Ik misschien.");
        Posts.reply(replier, root, "Ja, ik kan om tien uur.");
        Wait.until(() -> MailServer.to(email(starter)).size() == 1);
        Wait.until(() -> pendingMails(starter) == 0);
        assertEquals(1, MailServer.to(email(starter)).size(), "one mail for the thread");
        Api.as(starter).get("/api/posts/" + root + "/thread").then().statusCode(200);
        Posts.reply(replier, root, "Of toch om elf uur?");
        Wait.until(() -> MailServer.to(email(starter)).size() == 2);
    }

    @Test
    void mailWaitsWhileTheServerIsDownAndArrivesOnceWhenItReturns() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        MailServer.down();
        try {
            Posts.publish(author, "Terwijl de mailserver plat ligt: @" + reader.username());
            Wait.until(() -> failedAttempts(reader) >= 1);
        } finally {
            MailServer.up();
        }
        // A retry may meet the restarted server mid-way and wait out its 30 s socket timeout: allow for two.
        Wait.until(() -> !MailServer.to(email(reader)).isEmpty(), Duration.ofSeconds(100));
        Wait.until(() -> pendingMails(reader) == 0);
        assertEquals(1, MailServer.to(email(reader)).size(), "delivered once");
    }

    @Test
    void acknowledgingAndReadingNeverWaitForAMailServerThatSaysNothing() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        outbox.drain();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (StallingMailServer stalling = StallingMailServer.open()) {
            long post = Posts.publish(author, "Lees dit voor de klantafspraak van morgen, @" + reader.username() + ".");
            // The reader's mail is being handed over: its job holds the notification, the server waits at DATA.
            Wait.until(() -> stalling.holds(email(reader)) && mailInHand(reader));
            Future<List<Integer>> answered = pool.submit(() -> List.of(
                    Api.as(reader).post("/api/posts/" + post + "/ack").statusCode(),
                    Api.as(reader).post("/api/notifications/read-all").statusCode()));
            Wait.until(() -> answered.isDone() || !mailInHand(reader));
            assertTrue(answered.isDone() && mailInHand(reader),
                    "the reader's requests waited for the mail job, which is still waiting for the mail server");
            assertEquals(List.of(204, 204), answered.get());
        } finally {
            pool.shutdownNow();
        }
        // The send fails when the server goes; tried again, the job finds the notification read: no mail.
        Wait.until(() -> pendingMails(reader) == 0);
        assertEquals(0, MailServer.to(email(reader)).size());
    }

    @Test
    void aDigestSumsUpWhatIsNewOnceAndOnlyWhenThereIsSomething() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        Person quiet = People.employee();
        for (Person person : List.of(reader, quiet)) {
            Api.as(person).body(Map.of("email", "digest", "digest", "daily", "language", "en"))
                    .put("/api/me/preferences").then().statusCode(200);
        }
        Api.as(reader).put("/api/me/follows/accounts/" + author.username()).then().statusCode(204);
        long root = Posts.publish(author, "Drukke draad over de banenmarkt");
        long reply = Posts.reply(People.employee(), root, "Ik ga mee.");
        Posts.publish(author, "Voor het overzicht: @" + reader.username() + " <script>x</script>");
        outbox.drain();
        // A digest covers up to two minutes ago (later rows may belong to transactions still running).
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("update notification n set created_at = n.created_at - interval '10 minutes' "
                    + "from account a where a.id = n.recipient_id and a.username = '" + reader.username() + "'");
            statement.executeUpdate("update post set created_at = created_at - interval '10 minutes' where id in ("
                    + root + ", " + reply + ")");
        }
        assertTrue(digests.claimDue() >= 2);
        outbox.drain();
        Wait.until(() -> MailServer.to(email(reader)).size() == 1);
        MimeMessage mail = MailServer.to(email(reader)).get(0);
        String raw = raw(mail);
        assertTrue(mail.getSubject().contains("unread notification"), mail.getSubject());
        assertTrue(raw.contains("Busy threads") && raw.contains("Drukke draad over de banenmarkt"), "busiest thread");
        assertTrue(raw.contains("&lt;script&gt;"), "escaped");
        assertEquals(0, MailServer.to(email(quiet)).size(), "nothing new, no digest");
        assertEquals(0, digests.claimDue(), "not due again today");
        outbox.drain();
        assertEquals(1, MailServer.to(email(reader)).size());
    }

    @Test
    void anUnreadMustReadPostGetsOneReminder() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        Api.as(reader).body(Map.of("email", "off")).put("/api/me/preferences").then().statusCode(200);
        long post = Posts.publish(author, "Graag lezen, @" + reader.username());
        outbox.drain();
        assertTrue(reminders.remindUnreadSince(Instant.now().plusSeconds(1)) >= 1);
        reminders.remindUnreadSince(Instant.now().plusSeconds(1));
        Api.as(reader).get("/api/notifications").then()
                .body("items.findAll { it.type == 'reminder' }.post.id", org.hamcrest.Matchers.contains((int) post));
    }

    @Test
    void adminsSeeParkedWorkAndRetryIt() throws Exception {
        long task;
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var row = statement.executeQuery("insert into outbox_task (kind, subject_id, message, payload, "
                        + "attempts, run_after, last_error) values ('notification.email', 0, 'NotificationMail', "
                        + "'{\"notificationId\":0}', 15, 'infinity', 'SMTP down') returning id")) {
            row.next();
            task = row.getLong(1);
        }
        Api.as(People.adminToken()).get("/api/admin/outbox").then().statusCode(200)
                .body("parkedTasks.id", org.hamcrest.Matchers.hasItem((int) task))
                .body("parkedTasks.find { it.id == " + task + " }.lastError",
                        org.hamcrest.Matchers.equalTo("SMTP down"));
        Api.as(People.employee()).get("/api/admin/outbox").then().statusCode(403);
        String admin = nl.relay.testing.Pages.cookie(People.admin());
        nl.relay.testing.Pages.page(admin).get("/admin/accounts").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-testid=\"outbox\""))
                .body(org.hamcrest.Matchers.containsString("/admin/accounts/outbox/" + task + "/retry"));
        nl.relay.testing.Pages.form(admin).post("/admin/accounts/outbox/" + task + "/retry").then().statusCode(303);
        Api.as(People.adminToken()).post("/api/admin/outbox/" + task + "/retry").then().statusCode(404);
        Api.as(People.adminToken()).post("/api/admin/outbox/abc/retry").then().statusCode(404);
        outbox.drain();
        Api.as(People.adminToken()).get("/api/admin/outbox").then()
                .body("parkedTasks.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) task)));
    }

    /** The notification mails still waiting in the outbox for this person (sent, or found unneeded, when 0). */
    private int pendingMails(Person person) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        select count(*) from outbox_task t join notification n on n.id = t.subject_id
                        join account a on a.id = n.recipient_id
                        where t.kind = 'notification.email' and a.username = ?""")) {
            statement.setString(1, person.username());
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets when this person's waiting notification mails are due (an SQL time); answers how many there were. */
    private int mailsDue(Person person, String when) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        update outbox_task t set run_after = %s from notification n, account a
                        where n.id = t.subject_id and a.id = n.recipient_id
                          and t.kind = 'notification.email' and a.username = ?""".formatted(when))) {
            statement.setString(1, person.username());
            return statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a job is mailing one of the person's notifications now: its task is there, and locked. */
    private boolean mailInHand(Person person) {
        String tasks = """
                select t.id from outbox_task t join notification n on n.id = t.subject_id
                join account a on a.id = n.recipient_id
                where t.kind = 'notification.email' and a.username = ?""";
        try (var connection = dataSource.getConnection();
                var all = connection.prepareStatement(tasks);
                var free = connection.prepareStatement(tasks + " for update of t skip locked")) {
            all.setString(1, person.username());
            free.setString(1, person.username());
            return rows(all) > rows(free);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rows(java.sql.PreparedStatement query) throws java.sql.SQLException {
        int count = 0;
        try (var row = query.executeQuery()) {
            while (row.next()) {
                count++;
            }
        }
        return count;
    }

    private int failedAttempts(Person reader) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        """
                                select coalesce(max(t.attempts), 0) from outbox_task t join notification n on n.id = t.subject_id
                                join account a on a.id = n.recipient_id where t.kind = 'notification.email' and a.username = ?""")) {
            statement.setString(1, reader.username());
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String email(Person person) {
        return MailServer.addressOf(person);
    }

    private static String raw(MimeMessage mail) throws Exception {
        return MailServer.raw(mail);
    }
}
