package nl.relay.mailin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.relay.mailin.transport.ImapPollJob;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.MailIn;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.SendMail;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * The gateway end to end, as people use it: a real SMTP client sends to Relay's port, colleagues get their
 * notification mails (GreenMail) and answer them from their mailbox, and the answers land in the thread.
 */
@QuarkusTest
class MailGatewayTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ImapPollJob imap;

    @Test
    void aMailWithFourColleaguesInCcBecomesAMustReadPostAndTheirMailedAnswersLandInTheThread() throws Exception {
        Person anna = People.named("Anna de Vries");
        List<Person> colleagues = List.of(People.named("Bas Jansen"), People.named("Chantal Bakker"),
                People.named("Daan Visser"), People.named("Eva Smit"));
        MimeMessage mail = SendMail.message(address(anna), "Wissel online en offline ontmoeting af",
                "Collega's,\n\nLaten we donderdag bespreken hoe we online en offline contact met kandidaten "
                        + "afwisselen. #werving\n\nAnna",
                "post@relay.test");
        for (Person colleague : colleagues) {
            mail.addRecipient(Message.RecipientType.CC, new InternetAddress(address(colleague)));
        }
        SendMail.message(mail, address(anna), "post@relay.test");

        long postId = postOf(messageId(mail));
        Api.as(anna).get("/api/posts/" + postId).then().statusCode(200)
                .body("author.username", equalTo(anna.username()))
                .body("body", startsWith("Wissel online en offline ontmoeting af\n\nCollega's,"))
                .body("topics", hasItem("werving"))
                .body("mentions", hasSize(4));

        for (Person colleague : colleagues) {
            MimeMessage notification = mailTo(colleague);
            String replyTo = replyTo(notification);
            assertThat(replyTo, startsWith("reply+"));
            MimeMessage answer = SendMail.message(address(colleague), "RE: " + notification.getSubject(), """
                    Prima, ik schuif aan. Groet, %s

                    Van: Relay <relay@localhost>
                    Verzonden: dinsdag 1 december 2026 10:12
                    Aan: %s
                    Onderwerp: %s

                    Anna de Vries noemde je in een bericht.
                    """.formatted(colleague.username(), address(colleague), notification.getSubject()), replyTo);
            SendMail.message(answer, address(colleague), replyTo);
            postOf(messageId(answer));
        }

        List<String> answers = Api.as(anna).get("/api/posts/" + postId + "/thread").then().statusCode(200)
                .extract().path("replies.body");
        assertThat(answers, containsInAnyOrder(colleagues.stream()
                .map(c -> "Prima, ik schuif aan. Groet, " + c.username()).toArray()));
        assertThat(answers, everyItem(not(containsString("Verzonden:"))));
        List<String> receipts = Api.as(anna).get("/api/posts/" + postId + "/receipts").then().statusCode(200)
                .extract().path("username");
        assertThat(receipts, containsInAnyOrder(colleagues.stream().map(Person::username).toArray()));
    }

    @Test
    void aStrangerSendingToRelaysPortGetsAPoliteRefusalInEnglishWhenTheyWriteEnglish() throws Exception {
        String stranger = "recruiter-" + UUID.randomUUID() + "@agency.example";
        MimeMessage mail = SendMail.message(stranger, "Candidates for your vacancies",
                "Hello, we have many candidates for your open vacancies. Would you like to receive their CVs?",
                "post@relay.test");
        SendMail.message(mail, stranger, "post@relay.test");

        Wait.until(() -> !MailServer.to(stranger).isEmpty());
        MimeMessage answer = MailServer.to(stranger).get(0);
        assertEquals("Your mail was not posted", answer.getSubject());
        assertEquals("auto-generated", answer.getHeader("Auto-Submitted")[0]);
        assertThat(plainText(answer.getContent()), containsString("does not belong to an (active) Relay account"));
    }

    @Test
    void aMailWithAPdfToAGroupBecomesAGroupPostWithTheFileForMembersOnly() throws Exception {
        Person daan = People.named("Daan Visser");
        Person outsider = People.employee();
        String name = "Werving " + UUID.randomUUID().toString().substring(0, 8);
        long group = Groups.create(daan, name, "private");
        String raw = new String(getClass().getResourceAsStream("/mail/gmail-nl-pdf-attachment.eml").readAllBytes(),
                StandardCharsets.ISO_8859_1)
                .replace("daan.visser@bureau.nl", address(daan))
                .replace("group+werving@relay.test", "group+" + GroupSlug.of(name) + "@relay.test");
        String messageId = "<pdf-" + UUID.randomUUID() + "@mail.gmail.com>";
        raw = raw.replaceFirst("(?m)^Message-ID: .*$", "Message-ID: " + messageId);
        SendMail.eml(raw.getBytes(StandardCharsets.ISO_8859_1), address(daan),
                "group+" + GroupSlug.of(name) + "@relay.test");

        long postId = postOf(messageId);
        Api.as(daan).get("/api/posts/" + postId).then().statusCode(200)
                .body("group.id", equalTo((int) group))
                .body("attachments", hasSize(1))
                .body("attachments[0].contentType", equalTo("application/pdf"));
        int attachment = Api.as(daan).get("/api/posts/" + postId).then().extract().path("attachments[0].id");
        Api.as(daan).get("/api/attachments/" + attachment).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"));
        Api.as(outsider).get("/api/attachments/" + attachment).then().statusCode(404);
        Api.as(outsider).get("/api/posts/" + postId).then().statusCode(404);
    }

    @Test
    void mailFromThePolledMailboxBecomesAPostByTheSecretAddressButNotByFromAlone() throws Exception {
        Person eva = People.named("Eva Smit");
        String secret = Api.as(eva).post("/api/me/mail-addresses/renew").then().statusCode(200).extract()
                .path("secretPost");
        MimeMessage forged = SendMail.message(address(eva), "Namens Eva", "Iedereen kan dit in de postbus zetten.",
                "post@relay.test");
        forged.setHeader("Return-Path", "<" + address(eva) + ">");
        MailIn.intoMailbox(forged);
        MimeMessage mail = SendMail.message(address(eva), "Uit de postbus", "Dit kwam via IMAP binnen.", secret);
        mail.setHeader("Return-Path", "<" + address(eva) + ">");
        MailIn.intoMailbox(mail);

        imap.poll();

        long postId = postOf(messageId(mail));
        Api.as(eva).get("/api/posts/" + postId).then().statusCode(200)
                .body("author.username", equalTo(eva.username()))
                .body("body", equalTo("Uit de postbus\n\nDit kwam via IMAP binnen."));
        // Without relay.mail-in.authserv-id nothing vouches for a From header in the mailbox.
        assertEquals("refused", statusOf(messageId(forged)));
    }

    @Test
    void aMailTooLargeInThePolledMailboxIsAnsweredNotDropped() throws Exception {
        Person eva = People.named("Eva Smit");
        MimeMessage mail = SendMail.message(address(eva), "Alle cv's van dit jaar", "Zie de bijlage.",
                "post@relay.test");
        jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Zie de bijlage.", "UTF-8");
        jakarta.mail.internet.MimeBodyPart file = new jakarta.mail.internet.MimeBodyPart();
        file.setContent(new byte[MailIn.MAX_SIZE + 1024], "application/octet-stream");
        file.setFileName("archief.bin");
        parts.addBodyPart(text);
        parts.addBodyPart(file);
        mail.setContent(parts);
        mail.saveChanges();
        mail.setHeader("Return-Path", "<" + address(eva) + ">");
        MailIn.intoMailbox(mail);

        imap.poll();

        Wait.until(() -> !MailServer.to(address(eva)).isEmpty());
        MimeMessage answer = MailServer.to(address(eva)).get(0);
        assertEquals("Niet geplaatst: Alle cv's van dit jaar", answer.getSubject());
        assertThat(plainText(answer.getContent()), containsString("te groot"));
    }

    private String statusOf(String messageId) {
        String[] status = new String[1];
        Wait.until(() -> {
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("select status || coalesce(':' || outcome, '') from inbound_mail "
                            + "where message_id = ?1")
                    .setParameter(1, messageId.replaceAll("^<|>$", "")).getResultList());
            status[0] = rows.isEmpty() ? "received" : rows.get(0).toString();
            return !status[0].equals("received");
        });
        return status[0].replaceAll(":.*", "");
    }

    private long postOf(String messageId) {
        String[] status = new String[1];
        Wait.until(() -> {
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("select status from inbound_mail where message_id = ?1")
                    .setParameter(1, messageId.replaceAll("^<|>$", "")).getResultList());
            status[0] = rows.isEmpty() ? "" : rows.get(0).toString();
            return status[0].equals("posted") || status[0].equals("replied") || status[0].equals("refused");
        });
        assertThat(status[0], not(equalTo("refused")));
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select post_id from inbound_mail where message_id = ?1")
                .setParameter(1, messageId.replaceAll("^<|>$", "")).getSingleResult()).longValue());
    }

    private static String messageId(MimeMessage mail) throws MessagingException {
        return mail.getHeader("Message-ID")[0];
    }

    private static MimeMessage mailTo(Person person) {
        Wait.until(() -> !MailServer.to(address(person)).isEmpty(), java.time.Duration.ofSeconds(30));
        return MailServer.to(address(person)).get(0);
    }

    private static String replyTo(MimeMessage mail) throws MessagingException {
        Address[] replyTo = mail.getReplyTo();
        return Optional.ofNullable(replyTo).filter(a -> a.length == 1)
                .map(a -> ((InternetAddress) a[0]).getAddress().toLowerCase(Locale.ROOT)).orElse("");
    }

    private static String plainText(Object content) throws MessagingException, java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    return plainText(part.getContent());
                }
            }
            return "";
        }
        return String.valueOf(content);
    }

    private static String address(Person person) {
        return person.username() + "@example.nl";
    }
}
