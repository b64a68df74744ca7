package nl.relay.web;

import static io.restassured.RestAssured.given;
import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** The notifications page, acknowledging, receipts on my addressed post, the badge, email preferences. */
@QuarkusTest
class NotificationPagesTest {

    @Inject
    OutboxWorker outbox;

    @Test
    void mustReadComesFirstAndIsAcknowledgedFromThePage() {
        Person author = People.employee();
        Person me = People.employee();
        long post = Posts.publish(author, "Nieuwe werkwijze voor het intakegesprek, @" + me.username()
                + " lees dit voor maandag.");
        outbox.drain();
        String cookie = cookie(me);
        page(cookie).get("/").then().body(containsString("data-testid=\"unread-count\""))
                .body(containsString(">1</span>"));
        page(cookie).get("/notifications").then().statusCode(200)
                .body(containsString("data-testid=\"must-read\"")).body(containsString("intakegesprek"))
                .body(containsString("action=\"/notifications/ack/" + post + "\""));
        form(cookie).post("/notifications/ack/" + post).then().statusCode(303);
        page(cookie).get("/notifications").then().body(not(containsString("data-testid=\"must-read\"")))
                .body(containsString("Bevestigd"));
        Api.as(author).get("/api/posts/" + post + "/receipts").then()
                .body("[0].acknowledgedAt", notNullValue()).body("[0].readAt", notNullValue());
        String authorCookie = cookie(author);
        page(authorCookie).get("/posts/" + post).then().body(containsString("data-testid=\"receipts\""))
                .body(containsString(me.username()));
        page(cookie).get("/posts/" + post).then().body(not(containsString("data-testid=\"receipts\"")));
        form(cookie(People.employee())).post("/notifications/ack/" + post).then().statusCode(403);
        form(cookie).post("/notifications/ack/abc").then().statusCode(404);
    }

    @Test
    void openingTheThreadMarksItReadAndReadAllClearsTheRest() {
        Person author = People.employee();
        Person me = People.employee();
        long first = Posts.publish(author, "Eerste voor @" + me.username());
        Posts.publish(author, "Tweede voor @" + me.username());
        outbox.drain();
        String cookie = cookie(me);
        page(cookie).get("/posts/" + first).then().statusCode(200).body(containsString("data-testid=\"ack-form\""));
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(1));
        form(cookie).post("/notifications/read-all").then().statusCode(303);
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(0));
        form(cookie).post("/notifications/999999999/read").then().statusCode(404);
    }

    @Test
    void emailPreferencesAreChosenInTheSettings() {
        Person me = People.employee();
        String cookie = cookie(me);
        page(cookie).get("/settings").then().body(containsString("value=\"instant\" checked"));
        form(cookie).formParam("email", "digest").formParam("digest", "weekly").post("/settings/email").then()
                .statusCode(303);
        Api.as(me).get("/api/me/preferences").then().body("email", equalTo("digest")).body("digest", equalTo("weekly"));
        page(cookie).get("/settings").then().body(containsString("value=\"digest\" checked"))
                .body(containsString("value=\"weekly\" checked"));
        form(cookie).formParam("email", "soms").post("/settings/email").then().statusCode(422);
    }
}
