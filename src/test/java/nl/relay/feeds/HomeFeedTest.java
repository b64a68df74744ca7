package nl.relay.feeds;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomeFeedTest {

    @Inject
    OutboxWorker outbox;

    @Test
    void myOwnPostsShowAtOnce() {
        Person me = People.employee();
        long id = Posts.publish(me, "Eerste bericht");
        Api.as(me).get("/api/feed").then().statusCode(200).body("items.id", contains((int) id))
                .body("next", equalTo(null));
    }

    @Test
    void postsOfPeopleIFollowArriveAndLeaveWhenIUnfollow() {
        Person me = People.employee();
        Person colleague = People.employee();
        long before = Posts.publish(colleague, "Van voor het volgen");
        Api.as(me).put("/api/me/follows/accounts/" + colleague.username()).then().statusCode(204);
        Api.as(me).put("/api/me/follows/accounts/" + colleague.username()).then().statusCode(204);
        long after = Posts.publish(colleague, "Na het volgen");
        outbox.drain();
        Api.as(me).get("/api/feed").then().body("items.id", contains((int) after, (int) before));
        Api.as(me).get("/api/me/follows").then().body("accounts", contains(colleague.username()));
        Api.as(me).delete("/api/me/follows/accounts/" + colleague.username()).then().statusCode(204);
        Api.as(me).delete("/api/me/follows/accounts/" + colleague.username()).then().statusCode(204);
        Api.as(me).get("/api/feed").then().body("items", empty());
        Posts.publish(colleague, "Na het ontvolgen");
        outbox.drain();
        Api.as(me).get("/api/feed").then().body("items", empty());
    }

    @Test
    void postsOnTopicsIFollowArriveWhateverTheirCase() {
        Person me = People.employee();
        Person other = People.employee();
        String topic = "zorgvacature" + System.nanoTime() % 100000;
        Api.as(me).urlEncodingEnabled(false).put("/api/me/follows/topics/%23" + topic.toUpperCase()).then()
                .statusCode(204);
        long id = Posts.publish(other, "Nieuwe #" + topic.toUpperCase() + " in Amersfoort");
        Posts.publish(other, "Iets anders");
        outbox.drain();
        Api.as(me).get("/api/feed").then().body("items.id", contains((int) id));
        Api.as(me).get("/api/me/follows").then().body("topics", contains(topic));
        Api.as(me).delete("/api/me/follows/topics/" + topic).then().statusCode(204);
        Api.as(me).get("/api/feed").then().body("items", empty());
    }

    @Test
    void aPostStaysWhileAnotherReasonStillHoldsIt() {
        Person me = People.employee();
        Person other = People.employee();
        String topic = "techniek" + System.nanoTime() % 100000;
        Api.as(me).put("/api/me/follows/accounts/" + other.username()).then().statusCode(204);
        Api.as(me).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        long id = Posts.publish(other, "Over #" + topic);
        outbox.drain();
        Api.as(me).delete("/api/me/follows/accounts/" + other.username()).then().statusCode(204);
        Api.as(me).get("/api/feed").then().body("items.id", contains((int) id));
    }

    @Test
    void postsAddressedToMeShowAtOnce() {
        Person me = People.employee();
        Person boss = People.employee();
        long id = Posts.publish(boss, "@" + me.username() + " wil jij dit oppakken?");
        Api.as(me).get("/api/feed").then().body("items.id", contains((int) id));
    }

    @Test
    void othersPostsStayOutOfMyFeed() {
        Person me = People.employee();
        Posts.publish(People.employee(), "Niet voor jou");
        outbox.drain();
        Api.as(me).get("/api/feed").then().body("items", empty());
    }

    @Test
    void removedPostsLeaveTheFeed() {
        Person me = People.employee();
        Person other = People.employee();
        Api.as(me).put("/api/me/follows/accounts/" + other.username()).then().statusCode(204);
        long id = Posts.publish(other, "Zo weer weg");
        outbox.drain();
        Api.as(me).get("/api/feed").then().body("items.id", hasItem((int) id));
        Api.as(other).delete("/api/posts/" + id).then().statusCode(204);
        Api.as(me).get("/api/feed").then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void pagingHasNoGapsOrDuplicatesWhilePostsArrive() throws Exception {
        Person me = People.employee();
        Person other = People.employee();
        Api.as(me).put("/api/me/follows/accounts/" + other.username()).then().statusCode(204);
        List<Integer> existing = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            existing.add(0, (int) Posts.publish(i % 2 == 0 ? me : other, "Bericht " + i));
        }
        outbox.drain();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        Future<?> writing = writers.submit(() -> {
            for (int i = 0; i < 20; i++) {
                Posts.publish(i % 2 == 0 ? me : other, "Tijdens het bladeren " + i);
            }
        });
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int firstTop = -1;
        do {
            var request = Api.as(me).queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/feed").then().statusCode(200).extract().jsonPath();
            List<Integer> ids = page.getList("items.id");
            if (firstTop < 0) {
                firstTop = ids.get(0);
            }
            seen.addAll(ids);
            cursor = page.getString("next");
            Thread.sleep(20);
        } while (cursor != null);
        writing.get();
        writers.shutdown();
        assertEquals(seen.stream().distinct().count(), seen.size(), "duplicates in " + seen);
        int top = firstTop;
        List<Integer> expected = new ArrayList<>(existing.stream().filter(id -> id <= top).toList());
        List<Integer> olderSeen = seen.stream().filter(id -> existing.contains(id)).toList();
        assertEquals(expected, olderSeen);
    }

    @Test
    void limitsAndCursorsAreChecked() {
        Person me = People.employee();
        Api.as(me).queryParam("limit", 0).get("/api/feed").then().statusCode(422);
        Api.as(me).queryParam("limit", 101).get("/api/feed").then().statusCode(422);
        Api.as(me).queryParam("cursor", "bm90IGEgbnVtYmVy").get("/api/feed").then().statusCode(400);
    }

    @Test
    void followingNeedsSomeoneOrSomethingReal() {
        Person me = People.employee();
        Api.as(me).put("/api/me/follows/accounts/niemand-hier").then().statusCode(404);
        Api.as(me).put("/api/me/follows/accounts/" + me.username()).then().statusCode(422);
        Api.as(me).put("/api/me/follows/topics/123").then().statusCode(422);
        Api.as(me).put("/api/me/follows/topics/" + "a".repeat(101)).then().statusCode(422);
        Api.as(me).put("/api/me/follows/topics/met spatie").then().statusCode(422);
        Api.as(me).get("/api/me/follows").then().body("accounts", empty()).body("topics", empty())
                .body("groups", empty());
    }

    @Test
    void topicAutocompleteCountsPosts() {
        Person author = People.employee();
        String stem = "bouwproject" + System.nanoTime() % 100000;
        Posts.publish(author, "#" + stem + "a en #" + stem + "b");
        Posts.publish(author, "Weer #" + stem + "A");
        long removed = Posts.publish(author, "Nog eens #" + stem + "a");
        Api.as(author).delete("/api/posts/" + removed).then().statusCode(204);
        Api.as(author).queryParam("prefix", "#" + stem.toUpperCase()).get("/api/topics").then().statusCode(200)
                .body("name", contains(stem + "a", stem + "b"))
                .body("postCount", contains(2, 1));
        Api.as(author).queryParam("prefix", "!!").get("/api/topics").then().statusCode(422);
    }

    @Test
    void theCompanyStreamFilters() {
        Person recruiter = People.recruiter();
        long clientId = ((Number) Api.as(recruiter)
                .body(Map.of("name", "Stream Klant " + System.nanoTime(), "aliases", List.of(), "sectorCode",
                        "healthcare"))
                .post("/api/clients").then().statusCode(201).extract().path("id")).longValue();
        String topic = "filter" + System.nanoTime() % 100000;
        long vacancy = Posts.publish(recruiter, "Vacature #" + topic, Map.of("kind", "vacancy", "clientId", clientId));
        long signal = Posts.publish(recruiter, "Signaal #" + topic, Map.of("kind", "question", "sectorCode", "ict"));
        long note = Posts.publish(People.employee(), "Notitie #" + topic);
        Person reader = People.employee();
        Api.as(reader).queryParam("topic", topic).get("/api/posts").then()
                .body("items.id", contains((int) note, (int) signal, (int) vacancy));
        Api.as(reader).queryParam("topic", topic).queryParam("kind", "vacancy").get("/api/posts").then()
                .body("items.id", contains((int) vacancy));
        Api.as(reader).queryParam("client", clientId).get("/api/posts").then()
                .body("items.id", contains((int) vacancy)).body("items[0].client.id", equalTo((int) clientId))
                .body("items[0].sector.code", equalTo("healthcare"));
        Api.as(reader).queryParam("topic", topic).queryParam("sector", "ict").get("/api/posts").then()
                .body("items.id", contains((int) signal));
        Api.as(reader).queryParam("topic", topic).queryParam("author", recruiter.username()).get("/api/posts")
                .then().body("items.id", containsInAnyOrder((int) vacancy, (int) signal));
        Api.as(reader).queryParam("kind", "memo").get("/api/posts").then().statusCode(422);
        Api.as(reader).queryParam("client", "abc").get("/api/posts").then().statusCode(422);
        Api.as(reader).queryParam("group", "12345").get("/api/posts").then().statusCode(200).body("items", empty());
        Api.as(reader).queryParam("author", "niemand-hier").get("/api/posts").then().statusCode(200)
                .body("items", empty());
    }
}
