package nl.relay.accounts.tokens;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import nl.relay.testing.Api;
import nl.relay.testing.LiveEvents;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** A script may listen to the live stream with a read token; revoking the token ends the stream. */
@QuarkusTest
class AccessTokenStreamTest {

    @TestHTTPResource("/api/notifications/stream")
    URL streamUrl;

    @Test
    void revokingTheTokenEndsItsStream() throws Exception {
        Person reader = People.employee();
        String token = AccessTokens.of(reader, "read");
        long id = AccessTokens.idOf(reader, "script read");
        try (LiveEvents events = new LiveEvents(streamUrl, token, null);
                LiveEvents session = new LiveEvents(streamUrl, reader.token(), null)) {
            long first = Posts.publish(People.employee(), "Voor het intrekken: @" + reader.username());
            assertTrue(events.next().contains("\"id\":" + first), "the token's stream gets it");
            assertTrue(session.next().contains("\"id\":" + first));

            Api.as(reader).delete("/api/me/tokens/" + id).then().statusCode(204);
            Wait.until(events::ended);
            assertTrue(events.eventNames().contains("session-ended"), events.eventNames().toString());
            long second = Posts.publish(People.employee(), "Na het intrekken: @" + reader.username());
            assertTrue(session.next().contains("\"id\":" + second), "the sign-in's stream goes on");
            assertNull(events.poll(300), "nothing on the ended stream");
        }
    }
}
