package nl.relay.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.relay.notifications.stream.NotificationHub;
import nl.relay.testing.Api;
import nl.relay.testing.LiveEvents;
import nl.relay.testing.OtherInstance;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** The live stream: events as notifications are written, replay by Last-Event-ID, the listener path. */
@QuarkusTest
class NotificationStreamTest {

    @TestHTTPResource("/api/notifications/stream")
    URL streamUrl;

    @Inject
    AgroalDataSource dataSource;

    private final class Events implements AutoCloseable {

        private final LiveEvents live;

        Events(Person person, String lastEventId) throws Exception {
            live = new LiveEvents(streamUrl, person.token(), lastEventId);
        }

        String next() throws InterruptedException {
            return live.next();
        }

        @Override
        public void close() throws Exception {
            live.close();
        }
    }

    @Test
    void aMentionArrivesLiveWithTheNotificationIdAsEventId() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        try (Events events = new Events(reader, null)) {
            long post = Posts.publish(author, "Live voor @" + reader.username());
            String event = events.next();
            long id = Long.parseLong(event.substring(0, event.indexOf('|')));
            assertTrue(event.contains("\"type\":\"mention\""), event);
            assertTrue(event.contains("\"id\":" + post), event);
            Api.as(reader).get("/api/notifications").then()
                    .body("items[0].id", org.hamcrest.Matchers.equalTo((int) id));
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsWhatWasMissedFirst() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Posts.publish(author, "Gemist " + i + " @" + reader.username());
        }
        nl.relay.testing.Wait.until(() -> Api.as(reader).get("/api/notifications").jsonPath()
                .getList("items").size() == 3);
        Api.as(reader).get("/api/notifications").jsonPath().getList("items.id", Long.class).forEach(ids::add);
        long oldest = ids.stream().min(Long::compare).orElseThrow();
        try (Events events = new Events(reader, String.valueOf(oldest))) {
            // Everything after the last seen id comes first, in order; recent lower ids may come again.
            List<Long> replayed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String event = events.next();
                replayed.add(Long.parseLong(event.substring(0, event.indexOf('|'))));
            }
            List<Long> newer = ids.stream().filter(id -> id > oldest).sorted().toList();
            assertTrue(replayed.containsAll(newer), replayed + " holds " + newer);
            List<Long> inOrder = new ArrayList<>(replayed);
            java.util.Collections.sort(inOrder);
            assertEquals(inOrder, replayed, "oldest first");
        }
    }

    @Test
    void aNotificationWrittenByAnotherInstanceReachesTheStream() throws Exception {
        Person author = People.employee();
        Person reader = People.employee();
        long post = Posts.publish(author, "Geen vermelding hierin");
        try (Events events = new Events(reader, null)) {
            // What another instance does: write the notification and signal it, in its own transaction.
            long id = OtherInstance.writesNotification(dataSource, post, reader, author, () -> {
                try {
                    Thread.sleep(Duration.ofMillis(300));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(events.next().startsWith(id + "|"));
        }
    }

    @Inject
    NotificationHub hub;

    @Test
    void aClosedStreamIsForgottenByTheInstance() throws Exception {
        Person reader = People.employee();
        int before = hub.openStreams();
        Events events = new Events(reader, null);
        nl.relay.testing.Wait.until(() -> hub.openStreams() == before + 1);
        events.close();
        nl.relay.testing.Wait.until(() -> hub.openStreams() == before);
    }

    @Test
    void theStreamNeedsASessionAndAnIdForLastEventId() {
        Api.anonymous().accept("text/event-stream").get("/api/notifications/stream").then().statusCode(401)
                .contentType(org.hamcrest.Matchers.containsString("problem+json"))
                .body("type", org.hamcrest.Matchers.equalTo("/problems/unauthenticated"));
        Api.as(People.employee()).accept("text/event-stream").header("Last-Event-ID", "gisteren")
                .get("/api/notifications/stream").then().statusCode(422);
        for (String method : new String[]{"POST", "PUT", "DELETE", "HEAD"}) {
            Api.as(People.employee()).request(method, "/api/notifications/stream").then().statusCode(405)
                    .header("Allow", "GET");
        }
    }
}
