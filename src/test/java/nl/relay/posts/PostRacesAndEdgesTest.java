package nl.relay.posts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Posts under concurrent writes, and the edges of parsing and input. */
@QuarkusTest
class PostRacesAndEdgesTest {

    @Inject
    OutboxWorker outbox;

    @Test
    void concurrentLikesAndAnEditKeepTheCountRight() throws Exception {
        Person author = People.employee();
        long id = Posts.publish(author, "Wie helpt mee met de werving?");
        List<Person> fans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fans.add(People.employee());
        }
        ExecutorService pool = Executors.newFixedThreadPool(9);
        List<Future<Integer>> results = new ArrayList<>();
        for (Person fan : fans) {
            results.add(pool.submit(() -> Api.as(fan).put("/api/posts/" + id + "/like").statusCode()));
        }
        results.add(pool.submit(() -> Api.as(author).body(Map.of("body", "Wie helpt mee met de #werving?"))
                .patch("/api/posts/" + id).statusCode()));
        for (Future<Integer> result : results) {
            int status = result.get();
            assertTrue(status == 204 || status == 200, "status " + status);
        }
        pool.shutdown();
        Api.as(author).get("/api/posts/" + id).then().body("likeCount", equalTo(8))
                .body("body", equalTo("Wie helpt mee met de #werving?"));
    }

    @Test
    void anEditRacingARemovalNeverBringsThePostBack() throws Exception {
        Person author = People.employee();
        for (int round = 0; round < 5; round++) {
            long id = Posts.publish(author, "Vertrouwelijk " + round);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<Integer> edit = pool.submit(() -> Api.as(author).body(Map.of("body", "Nog steeds vertrouwelijk"))
                    .patch("/api/posts/" + id).statusCode());
            Future<Integer> delete = pool.submit(() -> Api.as(author).delete("/api/posts/" + id).statusCode());
            assertEquals(204, delete.get());
            int editStatus = edit.get();
            assertTrue(editStatus == 200 || editStatus == 409, "edit status " + editStatus);
            pool.shutdown();
            Api.as(author).get("/api/posts/" + id).then().body("deleted", equalTo(true)).body("body", equalTo(""));
            Api.as(author).get("/api/posts/" + id + "/history").then().body("$", empty());
        }
    }

    @Test
    void repliesRacingTheRootsRemovalNeverLandUnderATombstone() throws Exception {
        Person author = People.employee();
        Person other = People.employee();
        long root = Posts.publish(author, "Draad die verdwijnt");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String body = "Reactie " + i;
            replies.add(pool.submit(() -> Api.as(other).body(Map.of("body", body, "inReplyTo", root))
                    .post("/api/posts").statusCode()));
        }
        Future<Integer> delete = pool.submit(() -> Api.as(author).delete("/api/posts/" + root).statusCode());
        assertEquals(204, delete.get());
        int accepted = 0;
        for (Future<Integer> reply : replies) {
            int status = reply.get();
            assertTrue(status == 201 || status == 422, "reply status " + status);
            accepted += status == 201 ? 1 : 0;
        }
        pool.shutdown();
        Api.as(author).get("/api/posts/" + root + "/thread").then().body("replies.size()", equalTo(accepted))
                .body("root.replyCount", equalTo(accepted));
    }

    @Test
    void mentionsMatchWholeUsernamesOnly() {
        Person author = People.employee();
        Person target = People.employee();
        String tooLong = target.username() + "x".repeat(31 - target.username().length());
        long id = Posts.publish(author, "Niet voor jou: @" + tooLong + ", wel voor @" + target.username() + "...");
        Api.as(author).get("/api/posts/" + id).then().body("mentions", contains(target.username()));
        long other = Posts.publish(author, "Ook niet: @" + target.username() + "_tweede");
        Api.as(author).get("/api/posts/" + other).then().body("mentions", empty());
    }

    @Test
    void aUsernameEndingInAHyphenCanBeMentioned() {
        String username = "jan-" + System.nanoTime() % 100000 + "-";
        Api.as(People.adminToken()).body(Map.of("username", username, "displayName", "Jan", "email",
                "jan@example.nl", "password", "een lang wachtwoord", "roles", List.of("employee")))
                .post("/api/accounts").then().statusCode(201);
        long id = Posts.publish(People.employee(), "Vraag het @" + username);
        Api.as(People.employee()).get("/api/posts/" + id).then().body("mentions", contains(username));
    }

    @Test
    void anEditThatDropsATopicTakesThePostFromThatTopicsFollowers() {
        Person follower = People.employee();
        Person author = People.employee();
        String topic = "wegwezen" + System.nanoTime() % 100000;
        Api.as(follower).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        long id = Posts.publish(author, "Over #" + topic);
        outbox.drain();
        Api.as(follower).get("/api/feed").then().body("items.id", contains((int) id));
        Api.as(author).body(Map.of("body", "Over iets anders")).patch("/api/posts/" + id).then().statusCode(200);
        outbox.drain();
        Api.as(follower).get("/api/feed").then().body("items", empty());
    }

    @Test
    void bodiesThatOnlyLookFilledAreEmpty() {
        Person author = People.employee();
        for (String body : List.of("\u00a0\u00a0", "\u200b", "\ufeff \u2003")) {
            Api.as(author).body(Map.of("body", body)).post("/api/posts").then().statusCode(422)
                    .body("errors[0].field", equalTo("body"));
        }
        Api.as(author).body(Map.of("kind", "note")).post("/api/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("body"));
        Api.as(author).body("{\"body\": null}").post("/api/posts").then().statusCode(422);
    }

    @Test
    void theSectorFilterFollowsTheClientsSector() {
        Person recruiter = People.recruiter();
        long client = ((Number) Api.as(recruiter).body(Map.of("name", "Verhuizer " + System.nanoTime(),
                "sectorCode", "logistics")).post("/api/clients").then().statusCode(201).extract().path("id"))
                .longValue();
        long id = Posts.publish(recruiter, "Signaal over de klant", Map.of("clientId", client, "kind", "signal",
                "signalType", "leaving"));
        Api.as(recruiter).body(Map.of("sectorCode", "retail")).patch("/api/clients/" + client).then().statusCode(200);
        Api.as(recruiter).queryParam("sector", "retail").queryParam("client", client).get("/api/posts").then()
                .body("items.id", contains((int) id));
    }

    @Test
    void clientsAreFoundWithoutTheirSpecialLetters() {
        Person recruiter = People.recruiter();
        String name = "Ørsted Æble " + System.nanoTime();
        Api.as(recruiter).body(Map.of("name", name, "sectorCode", "energy")).post("/api/clients").then()
                .statusCode(201);
        Api.as(recruiter).queryParam("q", "orsted aeble").get("/api/clients").then().body("items.name",
                contains(name));
    }
}
