package nl.relay.mailin.transport;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.relay.mailin.MessageIds;
import nl.relay.testing.Api;
import nl.relay.testing.MailIn;
import nl.relay.testing.People;
import nl.relay.testing.SendMail;
import nl.relay.testing.SmtpDialogue;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * Mail reaching the running Relay by SMTP (a real client) and by IMAP (GreenMail's mailbox): what is stored, with
 * which envelope, once per Message-ID, and what is refused with nothing stored; how long it is kept.
 */
@QuarkusTest
class MailInTest {

    @Inject
    InboundMails inboundMails;

    @Inject
    ImapPollJob imap;

    @Inject
    InboundMailPurgeJob purge;

    @Inject
    SmtpListener listener;

    @Inject
    EntityManager entityManager;

    /** A sender address no other test uses, so its rows are this test's. */
    private static String freshSender() {
        return "afzender-" + UUID.randomUUID() + "@bureau.test";
    }

    private static MimeMessage mail(String from, String subject, String text) throws MessagingException {
        return SendMail.message(from, subject, text, MailIn.address("post"));
    }

    private List<Long> idsFrom(String envelopeFrom) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select id from inbound_mail where envelope_from = ?1 order by id", Long.class)
                .setParameter(1, envelopeFrom).getResultList());
    }

    private List<Long> idsWithMessageId(String messageId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select id from inbound_mail where message_id = ?1 order by id", Long.class)
                .setParameter(1, messageId).getResultList());
    }

    private static String idOf(MimeMessage message) throws MessagingException {
        return MessageIds.first(message.getMessageID());
    }

    @Test
    void theListenerRunsOnTheFreePortItWasGiven() {
        assertThat(listener.port().isPresent(), equalTo(true));
        assertThat(MailIn.smtpPort(), greaterThan(0));
    }

    @Test
    void aMailToRelayIsStoredWithItsEnvelopeAndPeerAndHandedOnOnce() throws Exception {
        String sender = freshSender();
        MimeMessage message = mail(sender, "Nieuwe kandidaat", "Collega's, ik heb een sterke kandidaat voor jullie.");

        SendMail.message(message, sender, "Post@Relay.Test", MailIn.address("group+verkoop"));

        List<Long> ids = idsFrom(sender);
        assertThat("stored before the 250", ids.size(), equalTo(1));
        InboundMail stored = inboundMails.find(ids.get(0)).orElseThrow();
        assertThat(stored.via(), equalTo("smtp"));
        assertThat(stored.peerAddress(), equalTo("127.0.0.1"));
        assertThat(stored.envelopeFrom(), equalTo(sender));
        assertThat(stored.envelopeTo(), equalTo(List.of("post@relay.test", "group+verkoop@relay.test")));
        assertThat(stored.messageId(), equalTo(idOf(message)));
        Wait.until(() -> IntakeStandIn.tasksFor(stored.id()) == 1);
    }

    @Test
    void aMailForAnotherDomainIsRefusedAndNothingIsStored() throws Exception {
        String sender = freshSender();
        MessagingException refused = assertThrows(MessagingException.class,
                () -> SendMail.message(mail(sender, "Doorsturen", "Graag doorsturen"), sender, "post@bureau.nl"));
        assertThat(SendMail.replyCode(refused), equalTo(550));
        assertThat(refused.toString() + refused.getNextException(), containsString("5.7.1"));
        assertThat(idsFrom(sender), equalTo(List.of()));
    }

    @Test
    void anUnknownAddressAtRelaysDomainIsRefusedAndTheKnownOnesKeepTheirMail() throws Exception {
        String sender = freshSender();
        MessagingException refused = assertThrows(MessagingException.class,
                () -> SendMail.message(mail(sender, "Info", "Vraag"), sender, MailIn.address("info")));
        assertThat(SendMail.replyCode(refused), equalTo(550));
        assertThat(idsFrom(sender), equalTo(List.of()));

        assertThrows(MessagingException.class, () -> SendMail.message(mail(sender, "Info", "Vraag"), sender,
                MailIn.address("info"), MailIn.address("post")));
        List<Long> ids = idsFrom(sender);
        assertThat(ids.size(), equalTo(1));
        assertThat(inboundMails.find(ids.get(0)).orElseThrow().envelopeTo(), equalTo(List.of("post@relay.test")));
    }

    @Test
    void aMailLargerThanTheLimitIsRefusedBeforeItsData() {
        String sender = freshSender();
        try (SmtpDialogue smtp = SmtpDialogue.open(MailIn.smtpPort())) {
            assertThat(smtp.command("EHLO sender.test"), containsString("SIZE " + MailIn.MAX_SIZE));
            assertThat(smtp.command("MAIL FROM:<" + sender + "> SIZE=" + (MailIn.MAX_SIZE + 1)), startsWith("552"));
        }
        assertThat(idsFrom(sender), equalTo(List.of()));
    }

    @Test
    void theSameMessageIdTwiceIsStoredOnceAndHandedOnOnce() throws Exception {
        String sender = freshSender();
        MimeMessage message = mail(sender, "Herhaald", "Deze mail komt twee keer aan.");

        SendMail.message(message, sender, MailIn.address("post"));
        SendMail.message(message, sender, MailIn.address("post"));

        List<Long> ids = idsWithMessageId(idOf(message));
        assertThat(ids.size(), equalTo(1));
        Wait.until(() -> IntakeStandIn.tasksFor(ids.get(0)) == 1);
        InboundMail stored = inboundMails.find(ids.get(0)).orElseThrow();
        Arrival again = new Arrival("imap", null, sender, List.of("post@relay.test"),
                ("Message-ID: <" + stored.messageId() + ">\r\nSubject: Herhaald\r\n\r\nNog eens\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat("a third delivery records nothing", inboundMails.record(again), equalTo(Optional.empty()));
        assertThat(IntakeStandIn.tasksFor(ids.get(0)), equalTo(1));
    }

    @Test
    void aBounceIsStoredWithoutSender() throws Exception {
        String messageId = UUID.randomUUID() + "@mailer-daemon.test";
        byte[] bounce = ("From: Mail Delivery System <mailer-daemon@bureau.test>\r\nTo: reply+abc@relay.test\r\n"
                + "Message-ID: <" + messageId + ">\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n"
                + "This is the mail system.\r\n").getBytes(StandardCharsets.US_ASCII);

        SendMail.eml(bounce, null, MailIn.address("reply+abc"));

        List<Long> ids = idsWithMessageId(messageId);
        assertThat(ids.size(), equalTo(1));
        InboundMail stored = inboundMails.find(ids.get(0)).orElseThrow();
        assertThat(stored.envelopeFrom(), nullValue());
        assertThat(stored.envelopeTo(), equalTo(List.of("reply+abc@relay.test")));
    }

    @Test
    void aMailWithoutMessageIdIsStoredAnyway() throws Exception {
        String sender = freshSender();
        byte[] eml = ("From: " + sender + "\r\nTo: post@relay.test\r\nSubject: Zonder id\r\n\r\nGeen Message-ID.\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        SendMail.eml(eml, sender, MailIn.address("post"));
        SendMail.eml(eml, sender, MailIn.address("post"));

        List<Long> ids = idsFrom(sender);
        assertThat("without an id, nothing tells the two apart", ids.size(), equalTo(2));
        assertThat(inboundMails.find(ids.get(0)).orElseThrow().messageId(), nullValue());
    }

    @Test
    void mailInTheImapMailboxIsStoredAndThenRemovedFromIt() throws Exception {
        String sender = freshSender();
        MimeMessage first = SendMail.message("Anna <" + sender + ">", "Via de postbus", "Uit de IMAP-postbus.",
                "Iedereen <post@relay.test>");
        first.addHeader("Delivered-To", "group+verkoop@relay.test");
        first.addRecipient(MimeMessage.RecipientType.CC, new jakarta.mail.internet.InternetAddress("iemand@elders.nl"));
        first.setHeader("Return-Path", "<" + sender + ">");
        first.saveChanges();
        first.setHeader("Message-ID", "<" + UUID.randomUUID() + "@sender.test>");
        MailIn.intoMailbox(first);
        MailIn.intoMailbox(first);
        assertThat(MailIn.inMailbox(), greaterThan(1));

        ImapPollJob.Outcome outcome = imap.poll();

        assertThat(outcome.ran(), equalTo(true));
        assertThat(outcome.stored(), equalTo(1));
        assertThat(outcome.duplicates(), equalTo(1));
        assertThat("both deliveries are gone from the mailbox", MailIn.inMailbox(), equalTo(0));
        List<Long> ids = idsWithMessageId(idOf(first));
        assertThat(ids.size(), equalTo(1));
        InboundMail stored = inboundMails.find(ids.get(0)).orElseThrow();
        assertThat(stored.via(), equalTo("imap"));
        assertThat(stored.peerAddress(), nullValue());
        assertThat(stored.envelopeFrom(), equalTo(sender));
        assertThat(stored.envelopeTo(), equalTo(List.of("group+verkoop@relay.test", "post@relay.test")));
        assertThat(imap.poll().stored(), equalTo(0));
    }

    /** A row as arrived {@code daysAgo}, settled or not; written here, so no intake touches it. */
    private long arrivedDaysAgo(int daysAgo, boolean settled) {
        Instant at = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                insert into inbound_mail (received_at, via, envelope_from, envelope_to, raw, size_bytes, status,
                                          settled_at)
                values (?1, 'smtp', ?2, array['post@relay.test'], ?3, 4, ?4, ?5) returning id""")
                .setParameter(1, Timestamp.from(at)).setParameter(2, freshSender())
                .setParameter(3, settled ? null : "mail".getBytes(StandardCharsets.US_ASCII))
                .setParameter(4, settled ? "posted" : "received")
                .setParameter(5, settled ? Timestamp.from(at.plusSeconds(1)) : null)
                .getSingleResult()).longValue());
    }

    private Optional<InboundMail> row(long id) {
        return inboundMails.find(id);
    }

    @Test
    void settlingDropsTheRawBytes() {
        long id = arrivedDaysAgo(0, false);
        assertThat(row(id).orElseThrow().raw(), notNullValue());

        QuarkusTransaction.requiringNew().run(() -> inboundMails.settle(id, "ignored", "bounce", null));

        InboundMail settled = row(id).orElseThrow();
        assertThat(settled.raw(), nullValue());
        assertThat(settled.status(), equalTo("ignored"));
        assertThrows(IllegalArgumentException.class, () -> inboundMails.settle(id, "received", null, null));
    }

    @Test
    void thePurgeForgetsMailPastItsKeepAndEmptiesMailNeverHandled() {
        long handledLongAgo = arrivedDaysAgo(31, true);
        long handledLately = arrivedDaysAgo(29, true);
        long stuck = arrivedDaysAgo(31, false);
        long stuckTwiceAsLong = arrivedDaysAgo(61, false);
        long waiting = arrivedDaysAgo(1, false);

        InboundMails.Purged purged = purge.run().orElseThrow();

        assertThat(purged.deleted(), greaterThan(1));
        assertThat(row(handledLongAgo), equalTo(Optional.empty()));
        assertThat(row(handledLately).isPresent(), equalTo(true));
        assertThat("kept, so an admin sees it stuck, but emptied", row(stuck).orElseThrow().raw(), nullValue());
        assertThat(row(stuckTwiceAsLong), equalTo(Optional.empty()));
        assertThat(row(waiting).orElseThrow().raw(), notNullValue());
    }

    @Test
    void anErasureByEmailDeletesTheMailThatArrivedFromTheAddress() throws Exception {
        String sender = freshSender();
        SendMail.message(mail(sender, "Mijn cv", "Hierbij mijn cv."), sender, MailIn.address("post"));
        long id = idsFrom(sender).get(0);

        JsonPath report = Api.as(People.withRoles("privacy")).body(Map.of("email", sender.toUpperCase()))
                .post("/api/privacy/erasures").then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("examined"), org.hamcrest.Matchers.hasItem("inbound_mail"));
        Map<String, Object> change = report.<Map<String, Object>>getList("changes").stream()
                .filter(store -> "inbound_mail".equals(store.get("store"))).findFirst().orElseThrow();
        assertThat(change.get("found"), equalTo(1));
        assertThat(change.get("changed"), equalTo(1));
        assertThat(change.get("ids"), equalTo(List.of((int) id)));
        assertThat(row(id), equalTo(Optional.empty()));
        assertThat(idsFrom(sender), equalTo(List.of()));
    }
}
