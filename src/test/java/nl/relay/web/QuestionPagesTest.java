package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/**
 * Questions on the pages: the asker's buttons to accept a reply and take it back (for no one else), the accepted
 * answer first and marked, answered or open on the card, and the open questions in my topics on /questions.
 */
@QuarkusTest
class QuestionPagesTest {

    @Test
    void theAskerAcceptsAReplyOnTheThreadPageAndItComesFirst() {
        Person asker = People.employee();
        Person helper = People.employee();
        Person reader = People.employee();
        long question = Posts.publish(asker, "Wie heeft een contactpersoon bij de gemeente Apeldoorn?",
                Map.of("kind", "question"));
        long first = Posts.reply(reader, question, "Ik niet, sorry.");
        long answer = Posts.reply(helper, question, "Bel Ingrid van Economische Zaken, zij weet alles.");
        String askerCookie = cookie(asker);
        String readerCookie = cookie(reader);

        String before = page(askerCookie).get("/posts/" + question).then().statusCode(200)
                .body(containsString("Open vraag"))
                .body(containsString("action=\"/posts/" + question + "/accepted-answer\""))
                .body(containsString("Accepteer als antwoord")).extract().asString();
        assertTrue(before.indexOf("data-entry-id=\"" + first + "\"") < before.indexOf("data-entry-id=\"" + answer
                + "\""), "oldest first before a choice");
        page(readerCookie).get("/posts/" + question).then().statusCode(200)
                .body(not(containsString("Accepteer als antwoord")));

        form(readerCookie).formParam("postId", answer).formParam("back", "/posts/" + question)
                .post("/posts/" + question + "/accepted-answer").then().statusCode(403)
                .body(containsString("data-testid=\"refused\""));
        form(askerCookie).formParam("postId", "abc").post("/posts/" + question + "/accepted-answer").then()
                .statusCode(422);
        form(askerCookie).formParam("postId", answer).formParam("back", "/posts/" + question)
                .post("/posts/" + question + "/accepted-answer").then().statusCode(303)
                .header("Location", containsString("/posts/" + question));
        Api.as(reader).get("/api/posts/" + question).then().body("acceptedAnswerId", equalTo((int) answer));
        page(cookie(helper)).get("/notifications").then().statusCode(200)
                .body(containsString("Test " + asker.username() + " heeft jouw antwoord geaccepteerd"));

        String after = page(readerCookie).get("/posts/" + question).then().statusCode(200)
                .body(containsString("Beantwoord")).body(containsString("data-testid=\"accepted-answer\""))
                .body(not(containsString("Accepteer als antwoord"))).extract().asString();
        assertTrue(after.indexOf("data-entry-id=\"" + answer + "\"") < after.indexOf("data-entry-id=\"" + first
                + "\""), "the accepted answer first");
        page(askerCookie).get("/posts/" + question).then().body(containsString("Niet meer als antwoord"))
                .body(containsString("action=\"/posts/" + question + "/accepted-answer/remove\""));
        page(askerCookie).cookie("relay_lang", "en").get("/posts/" + question).then()
                .body(containsString("Accepted answer")).body(containsString("Answered"));

        form(askerCookie).formParam("back", "/posts/" + question).post("/posts/" + question
                + "/accepted-answer/remove").then().statusCode(303).header("Location", endsWith("#post-" + question));
        Api.as(reader).get("/api/posts/" + question).then().body("acceptedAnswerId", equalTo(null));
        form(askerCookie).formParam("postId", answer).header("Origin", "https://elders.example")
                .post("/posts/" + question + "/accepted-answer").then().statusCode(403);
        Api.as(reader).get("/api/posts/" + question).then().body("acceptedAnswerId", equalTo(null));
    }

    @Test
    void myOpenQuestionsPageListsTheOpenQuestionsInMyTopics() {
        Person asker = People.employee();
        Person reader = People.employee();
        String topic = "pagina" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        long open = Posts.publish(asker, "Wie gaat er mee naar de vakbeurs? #" + topic, Map.of("kind", "question"));
        long answered = Posts.publish(asker, "Wie heeft de beursstand besteld? #" + topic,
                Map.of("kind", "question"));
        Api.as(asker).body(Map.of("postId", Posts.reply(reader, answered, "Dat heb ik gedaan.")))
                .put("/api/posts/" + answered + "/accepted-answer").then().statusCode(200);
        String cookie = cookie(reader);
        page(cookie).get("/questions").then().statusCode(200).body(containsString("Open vragen"))
                .body(not(containsString("data-post-id=\"" + open + "\"")));
        Api.as(reader).put("/api/me/follows/topics/" + topic).then().statusCode(204);
        page(cookie).get("/questions").then().statusCode(200)
                .body(containsString("data-post-id=\"" + open + "\""))
                .body(not(containsString("data-post-id=\"" + answered + "\"")))
                .body(containsString("href=\"/questions\""));
        page(cookie).cookie("relay_lang", "en").get("/questions").then().body(containsString("Open questions"));
        io.restassured.RestAssured.given().redirects().follow(false).get("/questions").then().statusCode(303)
                .header("Location", endsWith("/login"));
    }

    @Test
    void theQuestionsPageFiltersByAnsweredTopicAndGroupAndExplainsABadTopic() {
        Person asker = People.employee();
        Person reader = People.employee();
        String topic = "filter" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        long open = Posts.publish(asker, "Wie kent de nieuwe HR-manager bij Stork? #" + topic,
                Map.of("kind", "question"));
        long answered = Posts.publish(asker, "Wanneer is de vakbeurs in Utrecht? #" + topic,
                Map.of("kind", "question"));
        Api.as(asker).body(Map.of("postId", Posts.reply(reader, answered, "In maart, in de Jaarbeurs.")))
                .put("/api/posts/" + answered + "/accepted-answer").then().statusCode(200);
        long group = Groups.create(asker, "Team Techniek " + topic, "public");
        Groups.add(asker, group, reader);
        long inGroup = Posts.publish(asker, "Wie heeft er ervaring met lasrobots?", Map.of("kind", "question",
                "groupId", group));
        String cookie = cookie(reader);

        page(cookie).queryParam("topic", "#" + topic).get("/questions").then().statusCode(200)
                .body(containsString("data-post-id=\"" + open + "\""))
                .body(not(containsString("data-post-id=\"" + answered + "\"")))
                .body(containsString("value=\"#" + topic + "\""));
        page(cookie).get("/questions?open=false&topic=" + topic).then().statusCode(200)
                .body(containsString("Alle vragen"))
                .body(containsString("data-post-id=\"" + open + "\""))
                .body(containsString("data-post-id=\"" + answered + "\""))
                .body(not(containsString("data-post-id=\"" + inGroup + "\"")));
        page(cookie).get("/questions?group=" + group).then().statusCode(200)
                .body(containsString("<option value=\"" + group + "\" selected>"))
                .body(containsString("data-post-id=\"" + inGroup + "\""))
                .body(not(containsString("data-post-id=\"" + open + "\"")));
        page(cookie).get("/questions?topic=" + topic + "&group=" + group).then().statusCode(200)
                .body(containsString("Geen vragen met deze keuze."));
        page(cookie).queryParam("topic", "<script>").get("/questions").then().statusCode(422)
                .body(containsString("data-testid=\"topic-error\""))
                .body(containsString("Is geen geldig onderwerp."))
                .body(containsString("value=\"&lt;script&gt;\""));
        page(cookie).cookie("relay_lang", "en").get("/questions?group=abc").then().statusCode(422)
                .body(containsString("data-testid=\"group-error\""));
    }
}
