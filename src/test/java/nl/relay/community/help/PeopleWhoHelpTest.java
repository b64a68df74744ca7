package nl.relay.community.help;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * People who help: a person's answers, accepted answers, praise and answer time; who knows about a topic or client;
 * the leaderboard and how few people give 80% of the accepted answers. Every count holds only what the viewer may
 * read.
 */
@QuarkusTest
class PeopleWhoHelpTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    TestClock clock;

    @Test
    void aPersonsHelpCountsAnswersAcceptedAnswersPraiseAndTheMedianTimeToAnswer() {
        Person asker = People.employee();
        Person quick = People.employee();
        Person slow = People.employee();
        clock.stop();
        try {
            long question = question(asker, "Wie kent een goede interim-controller voor een zorginstelling?");
            clock.advance(Duration.ofMinutes(30));
            long quickAnswer = Posts.reply(quick, question, "Bel Marieke, zij heeft er vorig jaar drie geplaatst.");
            clock.advance(Duration.ofMinutes(60));
            Posts.reply(slow, question, "Kijk eens in ons netwerk op LinkedIn.");
            Posts.reply(quick, question, "En anders weet Joost het.");
            long other = question(asker, "Hoe vraag ik een VOG aan voor een kandidaat?");
            clock.advance(Duration.ofMinutes(50));
            Posts.reply(quick, other, "Via Justis, de kandidaat doet het zelf met DigiD.");
            accept(asker, question, quickAnswer);
            praise(asker, "Dank je wel @" + quick.username() + " voor het snelle antwoord!");
        } finally {
            clock.resume();
        }
        // Own replies in one's own thread are no answers; the asker answered nobody.
        help(asker, asker).body("answers", equalTo(0)).body("accepted", equalTo(0))
                .body("medianFirstAnswerMinutes", nullValue());
        // Three answers in two threads: first answers after 30 and 50 minutes.
        help(slow, quick).body("answers", equalTo(3)).body("accepted", equalTo(1)).body("praise", equalTo(1))
                .body("medianFirstAnswerMinutes", equalTo(40));
        help(asker, slow).body("answers", equalTo(1)).body("accepted", equalTo(0)).body("praise", equalTo(0))
                .body("medianFirstAnswerMinutes", equalTo(90));
    }

    @Test
    void whatHappensInAPrivateGroupCountsOnlyForItsMembers() {
        Person asker = People.employee();
        Person expert = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(asker, "private");
        Groups.add(asker, group, expert);
        String topic = "verzuim" + System.nanoTime();
        long inside = question(asker, "Wie weet hoe wij #" + topic + " bij de klant moeten melden?",
                Map.of("groupId", group));
        accept(asker, inside, Posts.reply(expert, inside, "Dat gaat via de arbodienst van de klant."));
        praise(asker, "Top @" + expert.username() + ", dank je!", Map.of("groupId", group));

        help(asker, expert).body("answers", equalTo(1)).body("accepted", equalTo(1)).body("praise", equalTo(1));
        help(outsider, expert).body("answers", equalTo(0)).body("accepted", equalTo(0)).body("praise", equalTo(0))
                .body("medianFirstAnswerMinutes", nullValue());
        Api.as(asker).queryParam("topic", topic).get("/api/experts").then().statusCode(200)
                .body("username", contains(expert.username()));
        Api.as(outsider).queryParam("topic", topic).get("/api/experts").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void whoKnowsAboutATopicOrClientIsWhoseAnswersThereWereAcceptedMost() {
        Person asker = People.employee();
        Person often = People.employee();
        Person once = People.employee();
        Person answeredOnly = People.employee();
        String topic = "zorg" + System.nanoTime();
        long client = Api.as(People.adminToken()).body(Map.of("name", "Zorggroep " + System.nanoTime(),
                "sectorCode", "finance")).post("/api/clients").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        for (int i = 0; i < 2; i++) {
            long q = question(asker, "Vraag " + i + " over #" + topic, Map.of("clientId", client));
            Posts.reply(answeredOnly, q, "Geen idee, maar ik denk mee.");
            accept(asker, q, Posts.reply(often, q, "Dit weet ik: bel de afdeling P&O."));
        }
        long q = question(asker, "Nog een vraag over #" + topic);
        accept(asker, q, Posts.reply(once, q, "Dat staat op het intranet."));

        Api.as(answeredOnly).queryParam("topic", "#" + topic).get("/api/experts").then().statusCode(200)
                .body("username", contains(often.username(), once.username()))
                .body("accepted", contains(2, 1));
        Api.as(answeredOnly).queryParam("client", client).get("/api/experts").then().statusCode(200)
                .body("username", contains(often.username()));
        Api.as(asker).get("/api/experts").then().statusCode(422);
        Api.as(asker).queryParam("topic", topic).queryParam("client", client).get("/api/experts").then()
                .statusCode(422);
        Api.as(asker).queryParam("client", "abc").get("/api/experts").then().statusCode(422);
        Api.as(asker).queryParam("client", Long.MAX_VALUE).get("/api/experts").then().statusCode(404);
        Api.as(asker).queryParam("topic", "!!").get("/api/experts").then().statusCode(422);
    }

    @Test
    void theLeaderboardOrdersPeopleAndShowsHowFewGiveEightyPercentOfTheAcceptedAnswers() {
        Person asker = People.employee();
        Person most = People.employee();
        Person thanked = People.employee();
        Person other = People.employee();
        // A day no other test writes on: three days ahead, at noon.
        LocalDate day = LocalDate.now(AMSTERDAM).plusDays(3);
        clock.stop();
        try {
            clock.advance(Duration.between(ZonedDateTime.now(AMSTERDAM), day.atTime(12, 0).atZone(AMSTERDAM)));
            for (int i = 0; i < 8; i++) {
                long q = question(asker, "Vraag " + i + " voor de ranglijst");
                accept(asker, q, Posts.reply(most, q, "Antwoord " + i));
            }
            for (Person person : new Person[]{thanked, other}) {
                long q = question(asker, "Nog een vraag voor de ranglijst");
                accept(asker, q, Posts.reply(person, q, "Een antwoord"));
            }
            praise(asker, "Dank @" + thanked.username());
            long removedAccount = question(asker, "Een vraag aan een vertrekkende collega");
            Person leaver = People.employee();
            accept(asker, removedAccount, Posts.reply(leaver, removedAccount, "Ik weet het"));
            Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + leaver.username())
                    .then().statusCode(200);
        } finally {
            clock.resume();
        }
        io.restassured.path.json.JsonPath board = Api.as(asker).queryParam("from", day.toString())
                .queryParam("to", day.toString()).get("/api/leaderboard").then().statusCode(200).extract().jsonPath();
        long active = board.getLong("distribution.activePeople");
        assertEquals(2.0 / active, board.getDouble("distribution.shareOfPeople"), 1e-6);
        Api.as(asker).queryParam("from", day.toString()).queryParam("to", day.toString()).get("/api/leaderboard")
                .then().statusCode(200)
                .body("from", equalTo(day.toString())).body("to", equalTo(day.toString()))
                // The leaver is counted in the spread but not named.
                .body("people.username", contains(most.username(), thanked.username(), other.username()))
                .body("people.accepted", contains(8, 1, 1))
                .body("people.praise", contains(0, 1, 0))
                .body("distribution.acceptedAnswers", equalTo(11))
                .body("distribution.answerers", equalTo(4))
                // 8 of 11 is under 80%: the second (one more) brings it to 9 of 11.
                .body("distribution.peopleForEightyPercent", equalTo(2));
        assertEquals(true, active > 4);
    }

    @Test
    void theLeaderboardRefusesABadPeriod() {
        Person person = People.employee();
        Api.as(person).queryParam("from", "gisteren").get("/api/leaderboard").then().statusCode(422)
                .body("errors[0].field", equalTo("from"));
        Api.as(person).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/leaderboard")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        Api.as(person).queryParam("from", "2020-01-01").queryParam("to", "2026-01-01").get("/api/leaderboard")
                .then().statusCode(422);
        Api.as(person).queryParam("limit", "0").get("/api/leaderboard").then().statusCode(422);
        Api.anonymous().get("/api/leaderboard").then().statusCode(401);
        Api.as(person).get("/api/people/" + People.uniqueUsername() + "/help").then().statusCode(404);
        Api.as(person).get("/api/leaderboard").then().statusCode(200)
                .body("people.username", not(hasItem(person.username())));
    }

    private static io.restassured.response.ValidatableResponse help(Person viewer, Person person) {
        return Api.as(viewer).get("/api/people/" + person.username() + "/help").then().statusCode(200);
    }

    private static long question(Person asker, String body) {
        return question(asker, body, Map.of());
    }

    private static long question(Person asker, String body, Map<String, Object> fields) {
        Map<String, Object> request = new java.util.HashMap<>(fields);
        request.put("kind", "question");
        return Posts.publish(asker, body, request);
    }

    private static void accept(Person asker, long question, long answer) {
        Api.as(asker).body(Map.of("postId", answer)).put("/api/posts/" + question + "/accepted-answer").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 204));
    }

    private static void praise(Person author, String body) {
        praise(author, body, Map.of());
    }

    private static void praise(Person author, String body, Map<String, Object> fields) {
        Map<String, Object> request = new java.util.HashMap<>(fields);
        request.put("kind", "praise");
        Posts.publish(author, body, request);
    }
}
