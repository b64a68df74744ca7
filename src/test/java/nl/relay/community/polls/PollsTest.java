package nl.relay.community.polls;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.TestClock;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** Polls: their rules, one vote per person until they close, results for voters, and who may see and vote. */
@QuarkusTest
class PollsTest {

    @Inject
    TestClock clock;

    @Inject
    OutboxWorker outbox;

    static Map<String, Object> poll(List<String> options, Instant closesAt) {
        Map<String, Object> poll = new HashMap<>();
        poll.put("options", options);
        poll.put("closesAt", closesAt == null ? null : closesAt.toString());
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", "poll");
        fields.put("poll", poll);
        return fields;
    }

    static long publishPoll(Person author, Instant closesAt, String... options) {
        return Posts.publish(author, "Waar houden we de teamdag in september?", poll(List.of(options), closesAt));
    }

    private static Instant inADay() {
        return Instant.now().plus(Duration.ofDays(1));
    }

    private static void refused(Person author, Map<String, Object> fields, String field) {
        Map<String, Object> request = new HashMap<>(fields);
        request.put("body", "Welke dag past het beste voor de #teamdag?");
        Api.as(author).body(request).post("/api/posts").then().statusCode(422)
                .body("errors.field", hasItem(field));
    }

    @Test
    void aPollNeedsTwoToTenDistinctOneLineOptionsAndAClosingTimeWithinAYear() {
        Person author = People.employee();
        Instant later = inADay();
        refused(author, poll(List.of("Utrecht"), later), "poll.options");
        refused(author, poll(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"), later), "poll.options");
        refused(author, poll(List.of("Utrecht", "   "), later), "poll.options[1]");
        refused(author, poll(List.of("Utrecht", "Amers\nfoort"), later), "poll.options[1]");
        refused(author, poll(List.of("Utrecht", "x".repeat(201)), later), "poll.options[1]");
        refused(author, poll(List.of("Utrecht", " utrecht "), later), "poll.options[1]");
        refused(author, poll(List.of("Utrecht", "Zwolle"), null), "poll.closesAt");
        refused(author, poll(List.of("Utrecht", "Zwolle"), Instant.now().minusSeconds(60)), "poll.closesAt");
        refused(author, poll(List.of("Utrecht", "Zwolle"), Instant.now().plus(Duration.ofDays(400))), "poll.closesAt");
        refused(author, Map.of("kind", "poll"), "poll");
        Map<String, Object> noteWithPoll = new HashMap<>(poll(List.of("Utrecht", "Zwolle"), later));
        noteWithPoll.put("kind", "note");
        refused(author, noteWithPoll, "poll");
        Api.as(author).queryParam("author", author.username()).get("/api/posts").then().body("items",
                org.hamcrest.Matchers.empty());

        long id = publishPoll(author, later, "  Utrecht ", "Zwolle", "x".repeat(200));
        Api.as(author).get("/api/posts/" + id).then().statusCode(200)
                .body("kind", equalTo("poll"))
                .body("poll.options.text", contains("Utrecht", "Zwolle", "x".repeat(200)))
                .body("poll.closed", equalTo(false)).body("poll.myVote", nullValue())
                .body("poll.voters", equalTo(0));
        long note = Posts.publish(author, "Gewoon een bericht.");
        Api.as(author).get("/api/posts/" + note).then().body("poll", nullValue());
    }

    @Test
    void oneVotePerPersonChangeableAndCountsHiddenUntilVoting() {
        Person author = People.employee();
        Person anna = People.employee();
        Person bram = People.employee();
        long id = publishPoll(author, inADay(), "Utrecht", "Zwolle", "Arnhem");
        Api.as(anna).get("/api/posts/" + id).then().body("poll.resultsVisible", equalTo(false))
                .body("poll.options[0].votes", nullValue());
        Api.as(anna).body(Map.of("option", 1)).put("/api/posts/" + id + "/vote").then().statusCode(200)
                .body("poll.myVote", equalTo(1)).body("poll.voters", equalTo(1))
                .body("poll.options.votes", contains(0, 1, 0));
        Api.as(bram).get("/api/posts/" + id).then().body("poll.voters", equalTo(1))
                .body("poll.options[1].votes", nullValue());
        Api.as(bram).body(Map.of("option", 1)).put("/api/posts/" + id + "/vote").then().statusCode(200);
        Api.as(anna).body(Map.of("option", 2)).put("/api/posts/" + id + "/vote").then().statusCode(200)
                .body("poll.myVote", equalTo(2)).body("poll.voters", equalTo(2))
                .body("poll.options.votes", contains(0, 1, 1));
        Api.as(anna).body(Map.of("option", 2)).put("/api/posts/" + id + "/vote").then().statusCode(200)
                .body("poll.voters", equalTo(2));
        Api.as(anna).body(Map.of("option", 3)).put("/api/posts/" + id + "/vote").then().statusCode(422)
                .body("errors.field", hasItem("option"));
        Api.as(anna).body(Map.of("option", -1)).put("/api/posts/" + id + "/vote").then().statusCode(422);
        Api.as(anna).body(Map.of()).put("/api/posts/" + id + "/vote").then().statusCode(422);
        Api.as(anna).get("/api/posts/" + id).then().body("poll.myVote", equalTo(2));

        Api.as(bram).delete("/api/posts/" + id + "/vote").then().statusCode(200)
                .body("poll.myVote", nullValue()).body("poll.voters", equalTo(1))
                .body("poll.options[0].votes", nullValue());
        Api.as(bram).delete("/api/posts/" + id + "/vote").then().statusCode(200);

        long note = Posts.publish(author, "Geen peiling.");
        Api.as(anna).body(Map.of("option", 0)).put("/api/posts/" + note + "/vote").then().statusCode(404);
        Api.as(anna).body(Map.of("option", 0)).put("/api/posts/999999999999/vote").then().statusCode(404);
        Api.as(anna).body(Map.of("option", 0)).put("/api/posts/abc/vote").then().statusCode(404);
        Api.anonymous().body(Map.of("option", 0)).put("/api/posts/" + id + "/vote").then().statusCode(401);
    }

    @Test
    void searchFindsAPollByItsOptionsAndAlertsMatchThem() {
        Person author = People.employee();
        Person reader = People.employee();
        String place = "Kasteel" + Long.toString(System.nanoTime(), 36);
        long byOption = Alerts.create(reader, place);
        long byKind = Alerts.create(reader, "soort:peiling AND " + place);
        long id = publishPoll(author, inADay(), "Utrecht", place + " Doorwerth", "Arnhem");
        outbox.drain();
        Wait.until(() -> Api.as(reader).get("/api/search?q=" + place).then().statusCode(200).extract().jsonPath()
                .getList("items.post.id", Long.class).equals(List.of(id)));
        Api.as(reader).get("/api/search?q=\"" + place + " Doorwerth\"&kind=poll").then()
                .body("items.post.id", contains((int) id));
        Api.as(reader).get("/api/search?q=\"Utrecht " + place + "\"").then().body("total", equalTo(0));
        Wait.until(() -> Alerts.matches(reader, byOption).equals(List.of(id)));
        Wait.until(() -> Alerts.matches(reader, byKind).equals(List.of(id)));
    }

    @Test
    void aClosedPollShowsItsResultsToEveryoneAndTakesNoMoreVotes() {
        Person author = People.employee();
        Person anna = People.employee();
        Person late = People.employee();
        clock.stop();
        try {
            long id = publishPoll(author, clock.instant().plus(Duration.ofMinutes(30)), "Ja", "Nee");
            Api.as(anna).body(Map.of("option", 0)).put("/api/posts/" + id + "/vote").then().statusCode(200);
            Api.as(late).get("/api/posts/" + id).then().body("poll.options[0].votes", nullValue());
            clock.advance(Duration.ofMinutes(31));
            Api.as(late).get("/api/posts/" + id).then().body("poll.closed", equalTo(true))
                    .body("poll.resultsVisible", equalTo(true)).body("poll.options.votes", contains(1, 0))
                    .body("poll.myVote", nullValue());
            Api.as(late).body(Map.of("option", 1)).put("/api/posts/" + id + "/vote").then().statusCode(409);
            Api.as(anna).body(Map.of("option", 1)).put("/api/posts/" + id + "/vote").then().statusCode(409);
            Api.as(anna).delete("/api/posts/" + id + "/vote").then().statusCode(409);
            Api.as(anna).get("/api/posts/" + id).then().body("poll.myVote", equalTo(0))
                    .body("poll.options.votes", contains(1, 0));
        } finally {
            clock.resume();
        }
    }

    @Test
    void aPollInAPrivateGroupIsInvisibleToOutsiders() {
        Person owner = People.employee();
        Person member = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, member);
        Api.as(member).put("/api/me/follows/accounts/" + owner.username()).then().statusCode(204);
        Api.as(outsider).put("/api/me/follows/accounts/" + owner.username()).then().statusCode(204);
        Map<String, Object> fields = new HashMap<>(poll(List.of("Maandag", "Vrijdag"), inADay()));
        fields.put("groupId", group);
        long id = Posts.publish(owner, "Welke dag voor ons teamoverleg?", fields);
        Api.as(member).body(Map.of("option", 0)).put("/api/posts/" + id + "/vote").then().statusCode(200);
        Api.as(outsider).body(Map.of("option", 0)).put("/api/posts/" + id + "/vote").then().statusCode(404);
        Api.as(outsider).delete("/api/posts/" + id + "/vote").then().statusCode(404);
        Api.as(outsider).get("/api/posts/" + id).then().statusCode(404);
        Api.as(outsider).queryParam("kind", "poll").get("/api/posts").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        outbox.drain();
        Api.as(member).get("/api/feed").then().statusCode(200).body("items.id", hasItem((int) id));
        Api.as(outsider).get("/api/feed").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        Api.as(member).queryParam("kind", "poll").get("/api/posts").then().body("items.id", hasItem((int) id));
        Api.as(owner).get("/api/posts/" + id).then().body("poll.options.votes", everyItem(nullValue()))
                .body("poll.voters", equalTo(1));
        Groups.remove(owner, group, member);
        Api.as(member).body(Map.of("option", 1)).put("/api/posts/" + id + "/vote").then().statusCode(404);
    }

    @Test
    void theQuestionCanBeEditedOnlyUntilTheFirstVoteAndARemovedPollTakesNoVotes() {
        Person author = People.employee();
        Person anna = People.employee();
        long id = publishPoll(author, inADay(), "Ja", "Nee");
        Api.as(author).body(Map.of("body", "Houden we de teamdag in Utrecht?")).patch("/api/posts/" + id).then()
                .statusCode(200).body("body", equalTo("Houden we de teamdag in Utrecht?"))
                .body("poll.options.text", contains("Ja", "Nee"));
        Api.as(anna).body(Map.of("option", 0)).put("/api/posts/" + id + "/vote").then().statusCode(200);
        Api.as(author).body(Map.of("body", "Houden we de teamdag in Zwolle?")).patch("/api/posts/" + id).then()
                .statusCode(409);
        Api.as(author).get("/api/posts/" + id).then().body("body", equalTo("Houden we de teamdag in Utrecht?"));
        Api.as(author).delete("/api/posts/" + id).then().statusCode(204);
        Api.as(anna).get("/api/posts/" + id).then().statusCode(200).body("deleted", equalTo(true))
                .body("poll", nullValue());
        Api.as(anna).body(Map.of("option", 1)).put("/api/posts/" + id + "/vote").then().statusCode(409);
    }

    @Test
    void votingIsRateLimitedPerPerson() {
        Person author = People.employee();
        Person eager = People.employee();
        Person other = People.employee();
        long id = publishPoll(author, inADay(), "Ja", "Nee");
        clock.stop();
        try {
            for (int i = 0; i < 60; i++) {
                Api.as(eager).body(Map.of("option", i % 2)).put("/api/posts/" + id + "/vote").then().statusCode(200);
            }
            Api.as(eager).body(Map.of("option", 0)).put("/api/posts/" + id + "/vote").then().statusCode(429)
                    .header("Retry-After", notNullValue());
            Api.as(eager).get("/api/posts/" + id).then().body("poll.myVote", equalTo(1));
            Api.as(other).body(Map.of("option", 0)).put("/api/posts/" + id + "/vote").then().statusCode(200);
            clock.advance(Duration.ofMinutes(1));
            Api.as(eager).body(Map.of("option", 0)).put("/api/posts/" + id + "/vote").then().statusCode(200);
        } finally {
            clock.resume();
        }
    }
}
