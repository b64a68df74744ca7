package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
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

/** Reporting a post, the moderation queue, a hidden post for its author, all without JavaScript. */
@QuarkusTest
class ModerationPagesTest {

    @Test
    void aReportedPostIsHiddenFromTheQueueAndItsAuthorSeesWhyAndAsksForReview() {
        Person author = People.employee();
        Person reader = People.employee();
        Person moderator = People.withRoles("moderator");
        String readerCookie = cookie(reader);
        long post = Posts.publish(author, "Die klant <b>betaalt</b> nooit, echt waardeloos");

        page(readerCookie).get("/posts/" + post).then().statusCode(200)
                .body(containsString("/posts/" + post + "/report"));
        page(readerCookie).get("/posts/" + post + "/report").then().statusCode(200)
                .body(containsString("data-testid=\"report-form\""));
        form(readerCookie).formParam("reason", "").post("/posts/" + post + "/report").then().statusCode(422)
                .body(containsString("data-testid=\"reason-error\""));
        form(readerCookie).formParam("reason", "Onvriendelijk over een klant <script>")
                .post("/posts/" + post + "/report").then().statusCode(200)
                .body(containsString("data-testid=\"reported\""));

        page(readerCookie).get("/moderation").then().statusCode(403);
        String moderatorCookie = cookie(moderator);
        String queue = page(moderatorCookie).get("/moderation").then().statusCode(200)
                .body(containsString("Onvriendelijk over een klant &lt;script&gt;"))
                .body(not(containsString("<b>betaalt</b>"))).extract().asString();
        String reportId = queue.split("data-post-id=\"" + post + "\"")[0]
                .replaceAll("(?s).*data-report-id=\"(\\d+)\"[^>]*$", "$1");
        form(moderatorCookie).formParam("reason", "Zo praten we niet over klanten")
                .post("/moderation/reports/" + reportId + "/hide").then().statusCode(303);

        page(readerCookie).get("/posts/" + post).then().statusCode(404);
        String authorCookie = cookie(author);
        page(authorCookie).get("/posts/" + post).then().statusCode(200)
                .body(containsString("data-testid=\"hidden-note\""))
                .body(containsString("Zo praten we niet over klanten"));
        form(authorCookie).post("/posts/" + post + "/review").then().statusCode(303);
        page(moderatorCookie).get("/moderation").then().statusCode(200)
                .body(containsString("data-testid=\"review-asked\""));
        form(moderatorCookie).post("/moderation/reports/" + reportId + "/restore").then().statusCode(303);
        Api.as(reader).get("/api/posts/" + post).then().statusCode(200);
        form(moderatorCookie).post("/moderation/reports/" + reportId + "/restore").then().statusCode(409);
        Api.as(reader).body(Map.of("reason", "weg")).post("/api/posts/" + post + "/reports").then().statusCode(201);
    }
}
