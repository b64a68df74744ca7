package nl.relay.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.relay.accounts.sessions.SigningKeys;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.LiveEvents;
import nl.relay.testing.OtherInstance;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * A live stream lives no longer than the session it was opened with: sign-out, expiry, deactivation (even
 * when the account is reactivated) and a role change end it, and a post the reader may no longer see is
 * never sent on it.
 */
@QuarkusTest
class StreamSessionTest {

    @TestHTTPResource("/api/notifications/stream")
    URL streamUrl;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SigningKeys keys;

    @Test
    void signingOutEndsTheStreamOpenedWithThatToken() throws Exception {
        Person reader = People.employee();
        String second = People.signIn(reader.username(), reader.password());
        try (LiveEvents signedOut = new LiveEvents(streamUrl, second, null);
                LiveEvents stillIn = new LiveEvents(streamUrl, reader.token(), null)) {
            Api.as(second).post("/api/auth/logout").then().statusCode(204);
            Wait.until(signedOut::ended);
            assertTrue(signedOut.eventNames().contains("session-ended"), signedOut.eventNames().toString());
            long post = Posts.publish(People.employee(), "Na het afmelden: @" + reader.username());
            assertTrue(stillIn.next().contains("\"id\":" + post), "the other session still gets it");
            assertNull(signedOut.poll(300), "nothing on the ended stream");
        }
    }

    @Test
    void aSignOutWhoseSignalWasMissedStillSendsNothing() throws Exception {
        Person reader = People.employee();
        String token = People.signIn(reader.username(), reader.password());
        try (LiveEvents events = new LiveEvents(streamUrl, token, null)) {
            // Revoked behind the application's back: no signal, so only the check before delivery can see it.
            sql("insert into revoked_token (jti, expires_at) values (?, now() + interval '1 hour')",
                    jti(token));
            Posts.publish(People.employee(), "Een volledige tekst die niet mag lekken, @" + reader.username());
            Wait.until(events::ended);
            assertNull(events.poll(300), "no post body after the session ended");
        }
    }

    @Test
    void deactivationEndsTheStreamEvenWhenTheAccountIsReactivated() throws Exception {
        Person reader = People.employee();
        try (LiveEvents events = new LiveEvents(streamUrl, reader.token(), null)) {
            String admin = People.adminToken();
            Api.as(admin).body(Map.of("active", false)).patch("/api/accounts/" + reader.username())
                    .then().statusCode(200);
            Api.as(admin).body(Map.of("active", true)).patch("/api/accounts/" + reader.username())
                    .then().statusCode(200);
            Wait.until(events::ended);
            Posts.publish(People.employee(), "Na heractivering: @" + reader.username());
            assertNull(events.poll(300));
        }
    }

    @Test
    void aRoleChangeEndsTheStreamSoItIsOpenedAgainUnderTheNewRoles() throws Exception {
        Person reader = People.employee();
        try (LiveEvents events = new LiveEvents(streamUrl, reader.token(), null)) {
            Api.as(People.adminToken()).body(Map.of("roles", List.of("recruiter")))
                    .patch("/api/accounts/" + reader.username()).then().statusCode(200);
            Wait.until(events::ended);
        }
        try (LiveEvents reopened = new LiveEvents(streamUrl, reader.token(), null)) {
            long post = Posts.publish(People.employee(), "Weer open: @" + reader.username());
            assertTrue(reopened.next().contains("\"id\":" + post));
        }
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() throws Exception {
        Person reader = People.employee();
        Instant now = Instant.now();
        String shortLived = Jwt.issuer("relay").audience("relay").upn(reader.username()).groups(Set.of("employee"))
                .claim("jti", UUID.randomUUID().toString()).claim("sv", 0).issuedAt(now)
                .expiresAt(now.plusSeconds(3)).jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey());
        try (LiveEvents events = new LiveEvents(streamUrl, shortLived, null)) {
            Wait.until(events::ended);
            assertTrue(Instant.now().isAfter(now.plusSeconds(2)), "not before it expired");
            Posts.publish(People.employee(), "Na het verlopen: @" + reader.username());
            assertNull(events.poll(300));
        }
    }

    @Test
    void aPostOfAGroupTheReaderLeftIsNeverSentOnTheOpenStream() throws Exception {
        Person owner = People.employee();
        Person reader = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, reader);
        long secret = ((Number) Api.as(owner).body(Map.of("body", "Vertrouwelijk: ontslagronde bij de klant",
                "groupId", group)).post("/api/posts").then().statusCode(201).extract().path("id")).longValue();
        try (LiveEvents events = new LiveEvents(streamUrl, reader.token(), null)) {
            Groups.remove(owner, group, reader);
            // A notification about the group's post written anyway (as a late job might) is not sent.
            long hidden = OtherInstance.writesNotification(dataSource, secret, reader, owner, () -> {
            });
            long visible = Posts.publish(People.employee(), "Openbaar voor @" + reader.username());
            String next = events.next();
            assertTrue(next.contains("\"id\":" + visible), next);
            assertTrue(!next.startsWith(hidden + "|") && !next.contains("ontslagronde"), next);
            assertEquals(null, events.poll(300));
        }
    }

    private void sql(String statement, String value) throws Exception {
        try (var connection = dataSource.getConnection(); var prepared = connection.prepareStatement(statement)) {
            prepared.setString(1, value);
            prepared.executeUpdate();
        }
    }

    private static String jti(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"jti\":\"([^\"]+)\"").matcher(payload);
        assertTrue(matcher.find(), payload);
        return matcher.group(1);
    }
}
