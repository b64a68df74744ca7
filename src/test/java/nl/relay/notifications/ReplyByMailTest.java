package nl.relay.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.mailin.reply.ReplyTarget;
import nl.relay.mailin.reply.ReplyTokens;
import nl.relay.notifications.digest.ClaimDigests;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * Relay's mails can be answered: a mail about a post carries a Reply-To whose token names the recipient and the
 * post; a digest about several threads links each post instead. Every mail says it is Relay's (X-Relay-Origin).
 */
@QuarkusTest
class ReplyByMailTest {

    private static final Pattern REPLY_ADDRESS = Pattern.compile("reply\\+([a-z2-7]+)@relay\\.test");

    @Inject
    ReplyTokens tokens;

    @Inject
    OutboxWorker outbox;

    @Inject
    ClaimDigests digests;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aMentionMailCarriesAReplyToThatReadsBackToTheRecipientAndThePost() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        long post = Posts.publish(author, "Kun jij de intake van morgen doen, @" + reader.username() + "?");
        Wait.until(() -> MailServer.to(MailServer.addressOf(reader)).size() == 1);
        MimeMessage mail = MailServer.to(MailServer.addressOf(reader)).get(0);
        assertEquals(1, mail.getReplyTo().length);
        String replyTo = ((InternetAddress) mail.getReplyTo()[0]).getAddress();
        assertEquals(Optional.of(new ReplyTarget(idOf(reader), post)), tokens.read(tokenIn(replyTo)));
        assertEquals("localhost", mail.getHeader("X-Relay-Origin")[0], "Relay's host (of its base address)");
        String raw = MailServer.raw(mail);
        assertTrue(raw.contains("Beantwoord deze mail om te reageren"), "says so, in Dutch");
    }

    @Test
    void anEnglishReaderIsToldInEnglish() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        Api.as(reader).body(Map.of("language", "en")).put("/api/me/preferences").then().statusCode(200);
        Posts.publish(author, "Could you take tomorrow's intake, @" + reader.username() + "?");
        Wait.until(() -> MailServer.to(MailServer.addressOf(reader)).size() == 1);
        String raw = MailServer.raw(MailServer.to(MailServer.addressOf(reader)).get(0));
        assertTrue(raw.contains("Reply to this email to answer"), "in English");
        assertFalse(raw.contains("Beantwoord deze mail"));
    }

    @Test
    void aMailAboutNoPostHasNoReplyToButSaysItIsRelays() throws Exception {
        Person owner = People.employee();
        Person member = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, member);
        Wait.until(() -> MailServer.to(MailServer.addressOf(member)).size() == 1);
        MimeMessage mail = MailServer.to(MailServer.addressOf(member)).get(0);
        assertNull(mail.getHeader("Reply-To"));
        assertEquals("localhost", mail.getHeader("X-Relay-Origin")[0]);
        assertFalse(MailServer.raw(mail).contains("Beantwoord deze mail"), "no promise without an address");
    }

    @Test
    void aDigestAboutOneThreadCanBeAnsweredAsAWhole() throws Exception {
        Person author = People.employee();
        Person reader = digestReader("nl");
        long post = Posts.publish(author, "Wie neemt de vacature bij Rabobank over, @" + reader.username() + "?");
        outbox.drain();
        sendDigest(reader);
        MimeMessage digest = digestOf(reader);
        String replyTo = ((InternetAddress) digest.getReplyTo()[0]).getAddress();
        assertEquals(Optional.of(new ReplyTarget(idOf(reader), post)), tokens.read(tokenIn(replyTo)));
        assertEquals("localhost", digest.getHeader("X-Relay-Origin")[0]);
    }

    @Test
    void aDigestAboutSeveralThreadsLinksEachPostForReplyingByMail() throws Exception {
        Person author = People.employee();
        Person reader = digestReader("en");
        long first = Posts.publish(author, "Eerste vraag & meer, @" + reader.username() + ": wie belt ASML?");
        long second = Posts.publish(author, "Tweede vraag, @" + reader.username() + ": wie doet de <intake>?");
        outbox.drain();
        sendDigest(reader);
        MimeMessage digest = digestOf(reader);
        assertNull(digest.getHeader("Reply-To"), "about two threads: no one post to answer");
        String raw = MailServer.raw(digest);
        Matcher links = Pattern.compile("href=\"mailto:(reply\\+[a-z2-7]+@relay\\.test)\\?subject=([^\"]+)\"")
                .matcher(raw);
        List<ReplyTarget> linked = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        while (links.find()) {
            linked.add(tokens.read(tokenIn(links.group(1))).orElseThrow());
            subjects.add(links.group(2));
        }
        long me = idOf(reader);
        assertTrue(linked.contains(new ReplyTarget(me, first)) && linked.contains(new ReplyTarget(me, second)),
                linked.toString());
        assertTrue(subjects.contains("Re%3A%20Eerste%20vraag%20%26%20meer%2C%20%40" + reader.username()
                + "%3A%20wie%20belt%20ASML%3F"), subjects.toString());
        assertTrue(raw.contains("Reply by mail"), "the link in English");
        // the plain-text part names the addresses
        String text = textPart(digest);
        Matcher addresses = REPLY_ADDRESS.matcher(text);
        int named = 0;
        while (addresses.find()) {
            named++;
        }
        assertEquals(2, named, text);
    }

    private Person digestReader(String language) {
        Person reader = People.employee();
        Api.as(reader).body(Map.of("email", "digest", "digest", "daily", "language", language))
                .put("/api/me/preferences").then().statusCode(200);
        return reader;
    }

    /** The reader's notifications made a while ago (a digest covers up to two minutes ago), then their digest. */
    private void sendDigest(Person reader) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("update notification n set created_at = n.created_at "
                        + "- interval '10 minutes' from account a where a.id = n.recipient_id and a.username = ?")) {
            statement.setString(1, reader.username());
            assertTrue(statement.executeUpdate() >= 1);
        }
        digests.claimDue();
        outbox.drain();
        Wait.until(() -> !digestsTo(reader).isEmpty());
    }

    private static MimeMessage digestOf(Person reader) {
        List<MimeMessage> digests = digestsTo(reader);
        assertEquals(1, digests.size());
        return digests.get(0);
    }

    private static List<MimeMessage> digestsTo(Person person) {
        return MailServer.to(MailServer.addressOf(person)).stream().filter(mail -> {
            try {
                return mail.getMessageID().startsWith("<digest-");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String textPart(MimeMessage mail) throws Exception {
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            String found = textOf(parts.getBodyPart(i));
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no text part");
    }

    private static String textOf(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart inner) {
            for (int i = 0; i < inner.getCount(); i++) {
                String found = textOf(inner.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String tokenIn(String address) {
        Matcher matcher = REPLY_ADDRESS.matcher(address);
        assertTrue(matcher.matches(), address);
        return matcher.group(1);
    }

    private long idOf(Person person) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select id from account where username = ?")) {
            statement.setString(1, person.username());
            try (var row = statement.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }
}
