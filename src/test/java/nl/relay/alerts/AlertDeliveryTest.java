package nl.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** How alerts tell people: by email right away, in daily and weekly digests, through the app or not. */
@QuarkusTest
class AlertDeliveryTest {

    @Inject
    OutboxWorker outbox;

    @Inject
    nl.relay.notifications.digest.ClaimDigests digests;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anInstantEmailAlertMailsRightAwayAndShowsNothingInTheAppWithoutTheAppChannel() throws Exception {
        Person owner = People.employee();
        Person author = People.employee();
        Alerts.create(owner, "Vattenfall", Map.of("name", "Energie <klanten>", "channels", List.of("email")));
        long post = Posts.publish(author, "Vattenfall zoekt drie <b>monteurs</b> voor de regio Amsterdam.");
        Wait.until(() -> MailServer.to(MailServer.addressOf(owner)).size() == 1);
        MimeMessage mail = MailServer.to(MailServer.addressOf(owner)).get(0);
        String raw = MailServer.raw(mail);
        assertTrue(mail.getSubject().contains("Energie <klanten>"), mail.getSubject());
        assertTrue(raw.contains("&lt;b&gt;monteurs&lt;/b&gt;"), "escaped");
        assertTrue(raw.contains("/posts/" + post), "links to the post");
        assertTrue(mail.getMessageID().startsWith("<alert-"), mail.getMessageID());
        assertTrue(Alerts.notices(owner, post).isEmpty(), "no app channel: nothing in the app");
        Api.as(owner).get("/api/notifications/unread-count").then().statusCode(200)
                .body("count", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void noAlertMailForSomeoneWhoTurnedEmailOff() throws Exception {
        Person owner = People.employee();
        Api.as(owner).body(Map.of("email", "off")).put("/api/me/preferences").then().statusCode(200);
        Alerts.create(owner, "Eneco", Map.of("channels", List.of("app", "email")));
        long post = Posts.publish(People.employee(), "Eneco werft twintig traineeships.");
        Wait.until(() -> !Alerts.notices(owner, post).isEmpty());
        outbox.drain();
        assertEquals(0, MailServer.to(MailServer.addressOf(owner)).size());
    }

    @Test
    void dailyAlertsAreCollectedIntoOneDigestInTheAppAndByEmail() throws Exception {
        Person owner = People.employee();
        Person author = People.employee();
        long team = Groups.create(owner, "public");
        Person colleague = People.employee();
        Groups.add(owner, team, colleague);
        long daily = Alerts.create(owner, "Stedin", Map.of("name", "Netbeheer", "frequency", "daily",
                "channels", List.of("app", "email")));
        long teamDaily = Alerts.create(owner, "Alliander", Map.of("name", "Team netbeheer", "frequency", "daily",
                "channels", List.of("email"), "groupId", team));
        long first = Posts.publish(author, "Stedin zoekt projectleiders <script>x</script>.");
        long second = Posts.publish(author, "Stedin en Alliander werken samen aan de energietransitie.");
        outbox.drain();
        Wait.until(() -> Alerts.matches(owner, daily).size() == 2 && Alerts.matches(owner, teamDaily).size() == 1);
        assertTrue(Alerts.notices(owner, first).isEmpty(), "a daily alert does not tell at once");
        assertEquals(0, MailServer.to(MailServer.addressOf(owner)).size());
        backdate(daily, teamDaily);
        assertTrue(digests.claimDue() >= 2, "the owner and the colleague are due");
        outbox.drain();
        Wait.until(() -> MailServer.to(MailServer.addressOf(owner)).size() == 1
                && digestsTo(colleague).size() == 1);
        MimeMessage mail = MailServer.to(MailServer.addressOf(owner)).get(0);
        String raw = MailServer.raw(mail);
        assertTrue(raw.contains("/posts/" + first) && raw.contains("/posts/" + second), "both matches");
        assertTrue(raw.contains("Netbeheer") && raw.contains("Team netbeheer"), "both alerts in one mail");
        // The HTML part escapes the post once (the plain-text part shows it as written).
        assertTrue(raw.contains("&lt;script&gt;") && !raw.contains("&amp;lt;script"), "escaped once");
        assertTrue(mail.getSubject().contains("3"), mail.getSubject());
        // The colleague may also get a mail saying they were let into the group: read their digest.
        String colleagues = MailServer.raw(digestsTo(colleague).get(0));
        assertTrue(colleagues.contains("Team netbeheer") && !colleagues.contains("/posts/" + first),
                "the colleague only gets the team alert");
        List<Map<String, Object>> summaries = Api.as(owner).get("/api/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.type == 'alert' }");
        assertEquals(1, summaries.size(), "one summary, for the alert with the app channel");
        assertEquals(2, ((Number) ((Map<?, ?>) summaries.get(0).get("alert")).get("matchCount")).intValue());
        assertEquals(null, summaries.get(0).get("post"));
        assertEquals(0, digests.claimDue(), "not due again today");
        outbox.drain();
        assertEquals(1, MailServer.to(MailServer.addressOf(owner)).size());
    }

    @Test
    void aQuietPeriodSendsNothing() throws Exception {
        Person owner = People.employee();
        long weekly = Alerts.create(owner, "zeldzaamwoordxyz", Map.of("frequency", "weekly",
                "channels", List.of("app", "email")));
        backdate(weekly);
        digests.claimDue();
        outbox.drain();
        assertEquals(0, MailServer.to(MailServer.addressOf(owner)).size());
        assertFalse(Api.as(owner).get("/api/notifications").then().extract().jsonPath()
                .getList("items.type").contains("alert"));
    }

    /** The digest mails someone got (by their Message-ID), leaving out notification mails. */
    private static List<MimeMessage> digestsTo(Person person) {
        return MailServer.to(MailServer.addressOf(person)).stream().filter(mail -> {
            try {
                return mail.getMessageID().startsWith("<digest-");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Matches made a little while ago: a digest covers up to two minutes ago. */
    private void backdate(long... alerts) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (long alert : alerts) {
                statement.executeUpdate("update alert_match set matched_at = matched_at - interval '10 minutes' "
                        + "where alert_id = " + alert);
            }
        }
    }
}
