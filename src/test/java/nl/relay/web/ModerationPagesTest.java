package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
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
        page(authorCookie).get("/notifications").then().statusCode(200)
                .body(containsString("Een moderator had je bericht verborgen; het is weer zichtbaar"));
        form(moderatorCookie).post("/moderation/reports/" + reportId + "/restore").then().statusCode(409);
        Api.as(reader).body(Map.of("reason", "weg")).post("/api/posts/" + post + "/reports").then().statusCode(201);
    }

    @Test
    void theAuthorOfAHiddenPostIsToldWhyOnTheNotificationsPageAndByMail() throws Exception {
        Person author = People.employee();
        Person english = People.employee();
        Api.as(english).body(Map.of("language", "en")).put("/api/me/preferences").then().statusCode(200);
        Person reader = People.employee();
        Person moderator = People.withRoles("moderator");
        String reason = "Persoonsgegevens van een <b>kandidaat</b> & meer";
        for (Person writer : List.of(author, english)) {
            long post = Posts.publish(writer, "Jan de Vries (06-12345678) zoekt werk in Utrecht");
            long report = Api.as(reader).body(Map.of("reason", "Privégegevens")).post("/api/posts/" + post
                    + "/reports").then().statusCode(201).extract().jsonPath().getLong("id");
            Api.as(moderator).body(Map.of("reason", reason)).post("/api/moderation/reports/" + report + "/hide")
                    .then().statusCode(204);
        }
        String escaped = "Persoonsgegevens van een &lt;b&gt;kandidaat&lt;/b&gt; &amp; meer";

        Wait.until(() -> MailServer.to(MailServer.addressOf(author)).size() == 1);
        MimeMessage mail = MailServer.to(MailServer.addressOf(author)).get(0);
        assertEquals("[Relay] Een moderator heeft je bericht verborgen: " + reason, mail.getSubject());
        String raw = MailServer.raw(mail);
        assertTrue(raw.contains("Een moderator heeft je bericht verborgen: " + escaped), raw);
        assertFalse(raw.contains("<b>kandidaat</b>") && !raw.contains("text/plain"), "no raw markup in the HTML");
        Wait.until(() -> MailServer.to(MailServer.addressOf(english)).size() == 1);
        assertEquals("[Relay] A moderator hid your post: " + reason,
                MailServer.to(MailServer.addressOf(english)).get(0).getSubject());

        page(cookie(author)).get("/notifications").then().statusCode(200)
                .body(containsString("Een moderator heeft je bericht verborgen: " + escaped))
                .body(not(containsString("<b>kandidaat</b>")));
        page(cookie(english)).get("/notifications").then().statusCode(200)
                .body(containsString("A moderator hid your post: " + escaped));
    }

    @Test
    void reportingTooOftenOnThePageAnswersAPageThatSaysHowLongToWait() {
        Person author = People.employee();
        Person reporter = People.employee();
        String reporterCookie = cookie(reporter);
        io.restassured.response.Response refused = reportUntilRefused(reporterCookie, author);
        String seconds = refused.header("Retry-After");
        assertTrue(Integer.parseInt(seconds) > 0);
        refused.then().contentType(containsString("text/html")).body(containsString("<html lang=\"nl\""))
                .body(containsString("data-testid=\"too-many-requests\""))
                .body(containsString("Probeer het over " + seconds + " seconde"));

        Api.as(reporter).body(Map.of("language", "en")).put("/api/me/preferences").then().statusCode(200);
        io.restassured.response.Response english = reportUntilRefused(cookie(reporter), author);
        english.then().contentType(containsString("text/html")).body(containsString("<html lang=\"en\""))
                .body(containsString("Try again in " + english.header("Retry-After") + " second"));
        // The API still answers a problem.
        long post = Posts.publish(author, "Nog een bericht om te melden");
        io.restassured.response.Response api = Api.as(reporter).body(Map.of("reason", "Test van de grens"))
                .post("/api/posts/" + post + "/reports");
        if (api.statusCode() != 201) {
            api.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        }
    }

    /**
     * Reports new posts on the page until one is refused. relay.limits.reports: 10 a minute; within 21 tries a
     * minute's window is full however the minutes fall.
     */
    private static io.restassured.response.Response reportUntilRefused(String cookie, Person author) {
        for (int i = 0; i < 21; i++) {
            long post = Posts.publish(author, "Bericht om te melden " + i);
            io.restassured.response.Response answer = form(cookie).formParam("reason", "Test van de grens")
                    .post("/posts/" + post + "/report");
            if (answer.statusCode() == 429) {
                return answer;
            }
            answer.then().statusCode(200).body(containsString("data-testid=\"reported\""));
        }
        throw new AssertionError("a report over the limit is refused");
    }
}
