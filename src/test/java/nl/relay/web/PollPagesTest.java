package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/**
 * Polls and praise on the pages without JavaScript: a form per poll, the results as bars once voted, voting refused
 * as the API refuses, a poll and praise from the composer, and the praise on a person's page as far as one may read.
 */
@QuarkusTest
class PollPagesTest {

    private static long poll(Person author, String question, Map<String, Object> extra) {
        Map<String, Object> fields = new java.util.HashMap<>(extra);
        fields.put("kind", "poll");
        fields.put("poll", Map.of("options", List.of("Utrecht", "Zwolle <b>"),
                "closesAt", Instant.now().plus(Duration.ofDays(2)).toString()));
        return Posts.publish(author, question, fields);
    }

    @Test
    void aReaderVotesFromTheCardAndThenSeesTheResults() {
        Person author = People.employee();
        Person me = People.employee();
        long id = poll(author, "Waar houden we de nieuwjaarsborrel?", Map.of());
        String cookie = cookie(me);
        page(cookie).get("/posts/" + id).then().statusCode(200)
                .body(containsString("action=\"/posts/" + id + "/vote\""))
                .body(containsString("type=\"radio\" name=\"option\" value=\"1\""))
                .body(containsString("Zwolle &lt;b&gt;"))
                .body(containsString("data-testid=\"poll-hidden\""))
                .body(containsString("sluit op "))
                .body(not(containsString("data-testid=\"poll-results\"")));

        form(cookie).formParam("option", "1").formParam("back", "/all").post("/posts/" + id + "/vote").then()
                .statusCode(303).header("Location", endsWith("/all"));
        Api.as(me).get("/api/posts/" + id).then().body("poll.myVote", equalTo(1));
        page(cookie).get("/posts/" + id).then()
                .body(containsString("data-testid=\"poll-results\""))
                .body(containsString("1 van 1 (100%)"))
                .body(containsString("value=\"1\" required data-testid=\"poll-choice\" checked"))
                .body(containsString("Stem wijzigen"));
        page(cookie).header("Accept-Language", "en").get("/posts/" + id).then()
                .body(containsString("closes at "));

        form(cookie).formParam("option", "7").post("/posts/" + id + "/vote").then().statusCode(422)
                .body(containsString("Kies een van de antwoorden."));
        form(cookie).formParam("back", "/all").post("/posts/" + id + "/vote/withdraw").then().statusCode(303);
        Api.as(me).get("/api/posts/" + id).then().body("poll.myVote", equalTo(null));
    }

    @Test
    void anOutsiderCannotVoteInAPrivateGroupsPoll() {
        Person owner = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(owner, "private");
        long id = poll(owner, "Besloten peiling voor de groep", Map.of("groupId", group));
        String cookie = cookie(outsider);
        form(cookie).formParam("option", "0").post("/posts/" + id + "/vote").then().statusCode(404);
        page(cookie).get("/all").then().body(not(containsString("data-post-id=\"" + id + "\"")));
        Api.as(owner).get("/api/posts/" + id).then().body("poll.voters", equalTo(0));
    }

    @Test
    void theComposerMakesAPollAndPraise() {
        Person me = People.employee();
        Person colleague = People.employee();
        String cookie = cookie(me);
        page(cookie).get("/").then().statusCode(200).body(containsString("name=\"pollOptions\""))
                .body(containsString("<option value=\"poll\""));
        String closes = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        form(cookie).formParam("body", "Welke training willen jullie dit najaar?").formParam("kind", "poll")
                .formParam("pollOptions", "Onderhandelen\n\n  Interviewtechniek  \nLinkedIn-sourcing")
                .formParam("pollClosesAt", closes).post("/posts").then().statusCode(303);
        Api.as(me).queryParam("author", me.username()).get("/api/posts").then()
                .body("items[0].kind", equalTo("poll"))
                .body("items[0].poll.options.text", org.hamcrest.Matchers.contains("Onderhandelen",
                        "Interviewtechniek", "LinkedIn-sourcing"));
        form(cookie).formParam("body", "Welke dag?").formParam("kind", "poll").formParam("pollOptions", "Maandag")
                .formParam("pollClosesAt", closes).post("/posts").then().statusCode(422)
                .body(containsString("data-testid=\"composer-error\""))
                .body(containsString("Welke dag?"));

        form(cookie).formParam("body", "Dank @" + colleague.username() + " voor het inwerken!")
                .formParam("kind", "praise").post("/posts").then().statusCode(303);
        page(cookie).get("/people/" + colleague.username()).then().statusCode(200)
                .body(containsString("href=\"/people/" + colleague.username() + "/praise\""))
                .body(containsString("1 keer bedankt"));
        page(cookie).get("/people/" + colleague.username() + "/praise").then().statusCode(200)
                .body(containsString("voor het inwerken!"))
                .body(containsString("data-count=\"1\""));
    }

    @Test
    void praiseInAPrivateGroupIsNotCountedForOutsiders() {
        Person owner = People.employee();
        Person thanked = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, thanked);
        Posts.publish(owner, "Dank @" + thanked.username() + " voor het geheime project.",
                Map.of("kind", "praise", "groupId", group));
        page(cookie(owner)).get("/people/" + thanked.username() + "/praise").then()
                .body(containsString("data-count=\"1\"")).body(containsString("geheime project"));
        page(cookie(outsider)).get("/people/" + thanked.username() + "/praise").then()
                .body(containsString("data-count=\"0\"")).body(not(containsString("geheime project")));
        page(cookie(outsider)).get("/people/" + thanked.username()).then()
                .body(containsString("0 keer bedankt"))
                .body(not(containsString("href=\"/people/" + thanked.username() + "/praise\"")));
        page(cookie(owner)).get("/people/" + thanked.username()).then()
                .body(containsString("1 keer bedankt"))
                .body(containsString("href=\"/people/" + thanked.username() + "/praise\""));
        page(cookie(outsider)).get("/people/nobody-" + System.nanoTime() + "/praise").then().statusCode(404);
    }
}
