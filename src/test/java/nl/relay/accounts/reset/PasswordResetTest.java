package nl.relay.accounts.reset;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nl.relay.accounts.Account;
import nl.relay.testing.Api;
import nl.relay.testing.LiveEvents;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.TestClock;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** A forgotten password: a mail with a single-use link, a new password with it, and nothing for anyone else. */
@QuarkusTest
class PasswordResetTest {

    private static final String NEW_PASSWORD = "een gloednieuw wachtwoord";

    @Inject
    TestClock clock;

    @TestHTTPResource("/api/notifications/stream")
    URL streamUrl;

    @Test
    void theMailedLinkSetsANewPasswordOnce() throws Exception {
        Person person = People.employee();

        Resets.ask(person.username()).then().statusCode(202)
                .body("detail", equalTo(PasswordResetResource.ACCEPTED));
        String token = Resets.awaitLink(person, 1);
        MimeMessage mail = Resets.mailsTo(person).get(0);
        assertEquals("Nieuw wachtwoord voor Relay", mail.getSubject());
        assertNull(mail.getHeader("Reply-To"), "a reset mail is about no post: nobody answers it");
        String text = Resets.text(mail);
        assertTrue(text.contains(Resets.linkStart() + token), text);
        assertTrue(text.contains(person.username()) && text.contains("60 minuten"), text);

        Resets.confirm(token, NEW_PASSWORD).then().statusCode(204);

        Resets.signIn(person, NEW_PASSWORD).then().statusCode(200).body("accessToken", notNullValue());
        Resets.signIn(person, person.password()).then().statusCode(401);
        Resets.confirm(token, "nog een ander wachtwoord").then().statusCode(410)
                .body("detail", equalTo(new LinkRefused(LinkRefused.Why.OVER).getMessage()));
        Resets.signIn(person, NEW_PASSWORD).then().statusCode(200);
    }

    @Test
    void theLinkIsMailedToTheAccountNamedByItsEmailAddressInItsLanguage() {
        Person person = People.employee();
        Api.as(person).body(Map.of("language", "en")).put("/api/me/preferences").then().statusCode(200);

        Resets.ask(MailServer.addressOf(person).toUpperCase(Locale.ROOT)).then().statusCode(202);

        String token = Resets.awaitLink(person, 1);
        String text = Resets.text(Resets.mailsTo(person).get(0));
        assertTrue(text.contains("Someone, hopefully you, asked for a new password"), text);
        Resets.confirm(token, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void resettingEndsEverySessionOfTheAccount() {
        Person person = People.employee();
        Api.as(person).get("/api/me").then().statusCode(200);

        Resets.ask(person.username()).then().statusCode(202);
        Resets.confirm(Resets.awaitLink(person, 1), NEW_PASSWORD).then().statusCode(204);

        Api.as(person).get("/api/me").then().statusCode(401);
    }

    @Test
    void resettingClosesAnOpenLiveStreamAtOnce() throws Exception {
        Person person = People.employee();
        try (LiveEvents events = new LiveEvents(streamUrl, person.token(), null)) {
            Resets.ask(person.username()).then().statusCode(202);
            Resets.confirm(Resets.awaitLink(person, 1), NEW_PASSWORD).then().statusCode(204);

            Wait.until(events::ended);
            assertTrue(events.eventNames().contains("session-ended"), events.eventNames().toString());
        }
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerAndNoMailIsMade() {
        Person person = People.employee();
        String unknown = People.uniqueUsername();

        String known = Resets.ask(person.username()).then().statusCode(202).extract().asString();
        String none = Resets.ask(unknown).then().statusCode(202).extract().asString();
        String noAddress = Resets.ask(unknown + "@example.nl").then().statusCode(202).extract().asString();

        assertEquals(known, none);
        assertEquals(known, noAddress);
        Resets.awaitQuiet();
        Resets.awaitLink(person, 1);
        assertEquals(1, Resets.mailsTo(person).size());
        assertEquals(0, MailServer.to(unknown + "@example.nl").size());
    }

    @Test
    void anAccountWithoutAPasswordOfItsOwnGetsNoMail() {
        Person provisioned = People.employee();
        QuarkusTransaction.requiringNew().run(
                () -> Account.findByUsername(provisioned.username()).orElseThrow().passwordHash = null);
        Person leaver = People.employee();
        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + leaver.username())
                .then().statusCode(200);

        Resets.ask(provisioned.username()).then().statusCode(202);
        Resets.ask(leaver.username()).then().statusCode(202);

        Resets.awaitQuiet();
        assertEquals(0, Resets.linksOf(provisioned));
        assertEquals(0, Resets.linksOf(leaver));
        assertEquals(0, Resets.mailsTo(provisioned).size());
        assertEquals(0, Resets.mailsTo(leaver).size());
    }

    @Test
    void aNewerLinkReplacesTheOlderOne() {
        Person person = People.employee();
        Resets.ask(person.username()).then().statusCode(202);
        String older = Resets.awaitLink(person, 1);
        Resets.ask(person.username()).then().statusCode(202);
        String newer = Resets.awaitLink(person, 2);

        Resets.confirm(older, NEW_PASSWORD).then().statusCode(410);
        Resets.confirm(newer, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() {
        Person person = People.employee();
        clock.stop();
        try {
            Resets.ask(person.username()).then().statusCode(202);
            String token = Resets.awaitLink(person, 1);
            clock.advance(Duration.ofMinutes(60));

            Resets.confirm(token, NEW_PASSWORD).then().statusCode(410);
        } finally {
            clock.resume();
        }
        Resets.signIn(person, person.password()).then().statusCode(200);
    }

    @Test
    void aForgedOrDamagedLinkIsRefused() {
        Person person = People.employee();
        Resets.ask(person.username()).then().statusCode(202);
        String token = Resets.awaitLink(person, 1);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String otherSignature = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        String[] parts = token.split("\\.");
        long laterExpiry = Long.parseLong(parts[1]) + 3600;

        Resets.confirm(token.substring(0, token.lastIndexOf('.') + 1) + otherSignature, NEW_PASSWORD).then()
                .statusCode(400).body("detail", equalTo(new LinkRefused(LinkRefused.Why.NOT_A_LINK).getMessage()));
        Resets.confirm(parts[0] + "." + laterExpiry + "." + signature, NEW_PASSWORD).then().statusCode(400);
        Resets.confirm(token.substring(0, token.length() - 1), NEW_PASSWORD).then().statusCode(400);
        Resets.confirm("", NEW_PASSWORD).then().statusCode(400);

        Resets.confirm(token, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void aPasswordThatBreaksTheRulesIsRefusedAndTheLinkStaysUsable() {
        Person person = People.employee();
        Resets.ask(person.username()).then().statusCode(202);
        String token = Resets.awaitLink(person, 1);

        Resets.confirm(token, "te kort").then().statusCode(422).body("errors[0].field", equalTo("newPassword"))
                .body("errors[0].message", equalTo("must be at least 12 characters"));
        Resets.signIn(person, person.password()).then().statusCode(200);

        Resets.confirm(token, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void aMissingFieldIsRefused() {
        Api.anonymous().header("X-Forwarded-For", People.freshAddress()).body(Map.of())
                .post("/api/auth/password-reset").then().statusCode(422)
                .body("errors[0].field", equalTo("usernameOrEmail"));
        Api.anonymous().header("X-Forwarded-For", People.freshAddress()).body(Map.of("token", "1.2.3"))
                .post("/api/auth/password-reset/confirm").then().statusCode(422)
                .body("errors[0].field", equalTo("newPassword"));
    }

    @Test
    void anAccountGetsAtMostThreeMailsAnHourButEveryRequestIsAnsweredAlike() {
        Person person = People.employee();
        for (int i = 0; i < 5; i++) {
            Resets.ask(person.username()).then().statusCode(202);
        }
        Resets.awaitQuiet();
        assertEquals(3, Resets.linksOf(person));
        // A link replaced before its mail went out is not mailed (it could not be used), so how many of the three
        // links reached the mailbox depends on timing; the newest one always does, and it works.
        long newest = Resets.newestLinkOf(person);
        Wait.until(() -> Resets.mailsTo(person).stream().anyMatch(mail -> Resets.isMailOf(mail, newest)));
        int mails = Resets.mailsTo(person).size();
        assertTrue(mails >= 1 && mails <= 3, "reset mails: " + mails);
        MimeMessage last = Resets.mailsTo(person).stream().filter(mail -> Resets.isMailOf(mail, newest)).findFirst()
                .orElseThrow();
        Resets.confirm(Resets.tokenIn(last), NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void oneAddressMayAskTenTimesAnHour() {
        String address = People.freshAddress();
        clock.stop();
        try {
            for (int i = 0; i < 10; i++) {
                Resets.askFrom(address, People.uniqueUsername()).then().statusCode(202);
            }
            Resets.askFrom(address, People.uniqueUsername()).then().statusCode(429)
                    .header("Retry-After", notNullValue());
            Resets.ask(People.uniqueUsername()).then().statusCode(202);
        } finally {
            clock.resume();
        }
    }
}
