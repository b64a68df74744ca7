package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** People who help on the pages: numbers on a profile, who knows about a topic, the leaderboard. */
@QuarkusTest
class HelpPagesTest {

    @Test
    void aProfileShowsHowSomeoneHelpsAndATopicWhoKnowsAboutIt() {
        Person asker = People.employee();
        Person expert = People.named("Fatima de Vries & Zn");
        String topic = "payroll" + System.nanoTime();
        long question = Posts.publish(asker, "Wie weet hoe de #" + topic + " van december loopt?",
                Map.of("kind", "question"));
        long answer = Posts.reply(expert, question, "De verloning gaat een week eerder in december.");
        Api.as(asker).body(Map.of("postId", answer)).put("/api/posts/" + question + "/accepted-answer").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 204));
        String cookie = cookie(asker);

        page(cookie).get("/people/" + expert.username()).then().statusCode(200)
                .body(containsString("data-testid=\"help-facts\""))
                .body(containsString("1 antwoord op vragen van anderen"))
                .body(containsString("1 antwoord geaccepteerd"));
        page(cookie).get("/topics/" + topic).then().statusCode(200)
                .body(containsString("Wie weet hier veel van?"))
                .body(containsString("href=\"/people/" + expert.username() + "\""))
                .body(containsString("Fatima de Vries &amp; Zn"))
                .body(not(containsString("Fatima de Vries & Zn")));
        page(cookie).cookie("relay_lang", "en").header("Accept-Language", "en").get("/people/" + expert.username())
                .then().statusCode(200).body(containsString("1 answer accepted"));
    }

    @Test
    void theLeaderboardPageShowsThePeriodAndRefusesABadOneOnThePage() {
        String cookie = cookie(People.employee());
        page(cookie).get("/leaderboard").then().statusCode(200)
                .body(containsString("<h1>Mensen die helpen</h1>"))
                .body(containsString("name=\"from\""));
        page(cookie).get("/leaderboard?from=morgen").then().statusCode(422)
                .body(containsString("data-testid=\"period-error\""))
                .body(containsString("Vanaf: moet een datum zijn zoals 2026-03-31"));
        page(cookie).get("/leaderboard?from=2020-01-01&to=2026-01-01").then().statusCode(422)
                .body(containsString("de periode mag hoogstens twee jaar lang zijn"));
        page(cookie).cookie("relay_lang", "en").header("Accept-Language", "en").get("/leaderboard").then()
                .statusCode(200).body(containsString("<h1>People who help</h1>"));
        page(cookie).get("/people").then().statusCode(200).body(containsString("href=\"/leaderboard\""));
    }
}
