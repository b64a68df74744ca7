package nl.relay.accounts.reset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.accounts.Account;
import nl.relay.testing.Api;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Wait;

/** The steps the reset tests take: ask for a link, read it from the mail, set a password with it. */
final class Resets {

    /** Where the links point: relay.notifications.base-url is unset in tests, so Relay's own address and port. */
    static String linkStart() {
        return "http://localhost:" + io.restassured.RestAssured.port + "/password-reset/new?token=";
    }

    private Resets() {
    }

    /** Asks for a link, from an address of its own (so no other test's requests count against it). */
    static Response ask(String usernameOrEmail) {
        return askFrom(People.freshAddress(), usernameOrEmail);
    }

    static Response askFrom(String address, String usernameOrEmail) {
        return Api.anonymous().header("X-Forwarded-For", address).body(Map.of("usernameOrEmail", usernameOrEmail))
                .post("/api/auth/password-reset");
    }

    static Response confirm(String token, String newPassword) {
        return Api.anonymous().header("X-Forwarded-For", People.freshAddress())
                .body(Map.of("token", token, "newPassword", newPassword))
                .post("/api/auth/password-reset/confirm");
    }

    /** The reset mails this person received so far, oldest first. */
    static List<MimeMessage> mailsTo(Person person) {
        return MailServer.to(MailServer.addressOf(person)).stream().filter(Resets::isReset).toList();
    }

    /** Waits for the person's n-th reset mail and answers the token of its link. */
    static String awaitLink(Person person, int nth) {
        Wait.until(() -> mailsTo(person).size() >= nth);
        return tokenIn(mailsTo(person).get(nth - 1));
    }

    static String tokenIn(MimeMessage mail) {
        String text = text(mail);
        Matcher link = Pattern.compile(Pattern.quote(linkStart()) + "([0-9A-Za-z._%-]+)").matcher(text);
        assertTrue(link.find(), "a link in: " + text);
        return java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Waits until no reset work waits in the outbox: every request was looked at, every mail sent. */
    static void awaitQuiet() {
        Wait.until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) Account.getEntityManager()
                .createNativeQuery("select count(*) from outbox_task where kind like 'password-reset.%'")
                .getSingleResult()).longValue()) == 0);
    }

    /** The links made for this person's account. */
    static long linksOf(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> PasswordReset.count("accountId",
                Account.findByUsername(person.username()).orElseThrow().id));
    }

    /** The id of the newest link made for this person's account. */
    static long newestLinkOf(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> PasswordReset.<PasswordReset>find(
                "accountId = ?1 order by id desc", Account.findByUsername(person.username()).orElseThrow().id)
                .firstResult().id);
    }

    /** Whether this mail carries the link with this id (its Message-ID names the link). */
    static boolean isMailOf(MimeMessage mail, long linkId) {
        try {
            return mail.getMessageID().startsWith("<password-reset-" + linkId + "@");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response signIn(Person person, String password) {
        return Api.anonymous().header("X-Forwarded-For", People.freshAddress())
                .body(Map.of("username", person.username(), "password", password)).post("/api/auth/login");
    }

    static String text(MimeMessage mail) {
        try {
            String found = textOf(mail);
            if (found == null) {
                throw new AssertionError("no text part");
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart inner) {
            for (int i = 0; i < inner.getCount(); i++) {
                String found = textOf(inner.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isReset(MimeMessage mail) {
        try {
            return mail.getMessageID() != null && mail.getMessageID().startsWith("<password-reset-");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
