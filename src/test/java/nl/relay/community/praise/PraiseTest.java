package nl.relay.community.praise;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** Praise: it thanks colleagues by @mention, tells them once, and shows on their profile as far as one may read. */
@QuarkusTest
class PraiseTest {

    @Inject
    OutboxWorker outbox;

    private static final Map<String, Object> PRAISE = Map.of("kind", "praise");

    private static void refused(Person author, String body) {
        Api.as(author).body(Map.of("kind", "praise", "body", body)).post("/api/posts").then().statusCode(422)
                .body("errors.field", hasItem("body"));
    }

    @Test
    void praiseThanksAtLeastOneColleagueOtherThanItsAuthorInAShortReason() {
        Person author = People.employee();
        Person anna = People.employee();
        refused(author, "Dank voor het harde werken aan de klantdag!");
        refused(author, "Ik ben trots op mezelf, @" + author.username());
        refused(author, "Dank @iemand-die-niet-bestaat-" + System.nanoTime() % 1000);
        refused(author, "Dank @" + anna.username() + " " + "voor alles ".repeat(50));
        Api.as(author).queryParam("author", author.username()).get("/api/posts").then().body("items", empty());
        long id = Posts.publish(author, "Dank @" + anna.username() + " en @" + author.username()
                + " voor het snelle plaatsen van de kandidaat bij De Zuidas BV!", PRAISE);
        Api.as(author).get("/api/posts/" + id).then().body("kind", equalTo("praise"))
                .body("mentions", hasItem(anna.username()));
    }

    @Test
    void theThankedGetOnePraiseNotificationAndNoMustRead() {
        Person author = People.employee();
        Person anna = People.employee();
        Person bram = People.employee();
        long id = Posts.publish(author, "Top gedaan @" + anna.username() + ", de intake liep perfect.", PRAISE);
        outbox.drain();
        Api.as(anna).get("/api/notifications").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].type", equalTo("praise")).body("items[0].mustRead", equalTo(false))
                .body("items[0].post.id", equalTo((int) id))
                .body("items[0].actor.username", equalTo(author.username()));
        Api.as(author).get("/api/notifications").then().body("items", empty());
        Api.as(anna).post("/api/posts/" + id + "/ack").then().statusCode(403);

        Api.as(author).body(Map.of("body", "Top gedaan @" + anna.username() + " en @" + bram.username()
                + ", de intake liep perfect.")).patch("/api/posts/" + id).then().statusCode(200);
        outbox.drain();
        Api.as(anna).get("/api/notifications").then().body("items", hasSize(1));
        Api.as(bram).get("/api/notifications").then().body("items", hasSize(1))
                .body("items[0].type", equalTo("praise"));
        Api.as(author).body(Map.of("body", "Top gedaan, de intake liep perfect.")).patch("/api/posts/" + id).then()
                .statusCode(422).body("errors.field", hasItem("body"));
    }

    @Test
    void theProfileListsOnlyThePraiseTheReaderMayRead() {
        Person owner = People.employee();
        Person member = People.employee();
        Person outsider = People.employee();
        Person thanked = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, member);
        Groups.add(owner, group, thanked);
        long open = Posts.publish(owner, "Dank @" + thanked.username() + " voor de presentatie.", PRAISE);
        long inGroup = Posts.publish(member, "Chapeau @" + thanked.username() + ", mooie plaatsing!",
                Map.of("kind", "praise", "groupId", group));
        long removed = Posts.publish(outsider, "Bedankt @" + thanked.username() + "!", PRAISE);
        Posts.publish(owner, "Gewoon een notitie voor @" + thanked.username());
        Api.as(outsider).delete("/api/posts/" + removed).then().statusCode(204);

        Api.as(member).get("/api/people/" + thanked.username() + "/praise").then().statusCode(200)
                .body("items.id", contains((int) inGroup, (int) open));
        Api.as(outsider).get("/api/people/" + thanked.username() + "/praise").then().statusCode(200)
                .body("items.id", contains((int) open));
        Api.as(outsider).queryParam("limit", 1).get("/api/people/" + thanked.username() + "/praise").then()
                .body("items.id", contains((int) open));
        Api.as(member).queryParam("limit", 1).get("/api/people/" + thanked.username() + "/praise").then()
                .body("items.id", contains((int) inGroup)).body("next", not(equalTo(null)));
        Api.as(outsider).get("/api/people/" + owner.username() + "/praise").then().body("items", empty());
        Api.as(outsider).get("/api/people/niemand-" + System.nanoTime() + "/praise").then().statusCode(404);
    }
}
