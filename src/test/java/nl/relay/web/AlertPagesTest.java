package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Alerts;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** The alert pages: trying a query, creating, reading matches, changing, renewing the feed, deleting. */
@QuarkusTest
class AlertPagesTest {

    @Test
    void tryAQueryThenSaveItAndReadItsMatches() {
        Person owner = People.employee();
        String cookie = cookie(owner);
        long earlier = Posts.publish(People.employee(), "Gezocht: twee coördinatoren bij Thales in Hengelo.");
        form(cookie).formParam("name", "Thales").formParam("query", "Thales coordinator").formParam("frequency",
                "instant").formParam("app", "true").formParam("intent", "try").post("/alerts").then().statusCode(200)
                .body(containsString("data-testid=\"alert-tried\""))
                .body(containsString("data-post-id=\"" + earlier + "\""))
                .body(containsString("value=\"Thales coordinator\""));
        form(cookie).formParam("name", "Kapot").formParam("query", "Thales AND (").formParam("intent", "try")
                .post("/alerts").then().statusCode(422).body(containsString("Zoekvraag"))
                .body(containsString("value=\"Thales AND (\""));
        String location = form(cookie).formParam("name", "Thales <defensie>").formParam("query", "Thales")
                .formParam("frequency", "daily").formParam("app", "true").formParam("email", "true")
                .formParam("intent", "save").post("/alerts").then().statusCode(303).extract().header("Location");
        String path = location.substring(location.indexOf("/alerts/"));
        long alert = Long.parseLong(path.substring("/alerts/".length()));
        page(cookie).get("/alerts").then().statusCode(200).body(containsString("Thales &lt;defensie&gt;"))
                .body(containsString("href=\"" + path + "\""));
        long post = Posts.publish(People.employee(), "Thales opent een vestiging in Delft.");
        Wait.until(() -> Alerts.matches(owner, alert).contains(post));
        page(cookie).get(path).then().statusCode(200).body(containsString("data-post-id=\"" + post + "\""))
                .body(containsString("data-testid=\"alert-feed-url\""))
                .body(containsString("/feeds/alerts/" + alert + ".atom?token="));
        form(cookie).formParam("name", "Thales").formParam("query", "Thales Delft").formParam("frequency", "weekly")
                .formParam("app", "true").formParam("intent", "save").post(path).then().statusCode(303);
        page(cookie).get(path).then().body(containsString("Thales Delft"))
                .body(containsString("value=\"weekly\" checked"));
        String before = page(cookie).get(path).then().extract().asString();
        form(cookie).post(path + "/feed-token").then().statusCode(303);
        String token = before.replaceAll("(?s).*\\.atom\\?token=([A-Za-z0-9_-]+).*", "$1");
        page(cookie).get(path).then().body(not(containsString(token)));
        form(cookie).post(path + "/delete").then().statusCode(303);
        page(cookie).get(path).then().statusCode(404);
    }

    @Test
    void aTeamMemberReadsATeamAlertButOnlyManagersChangeIt() {
        Person owner = People.employee();
        Person member = People.employee();
        long team = Groups.create(owner, "public");
        Groups.add(owner, team, member);
        long alert = Alerts.create(owner, "Randstad", Map.of("name", "Team Randstad", "groupId", team));
        String memberCookie = cookie(member);
        page(memberCookie).get("/alerts").then().body(containsString("Team Randstad"));
        page(memberCookie).get("/alerts/" + alert).then().statusCode(200)
                .body(not(containsString("data-testid=\"alert-form\"")));
        form(memberCookie).post("/alerts/" + alert + "/delete").then().statusCode(403);
        page(cookie(People.employee())).get("/alerts/" + alert).then().statusCode(404);
        page(cookie(owner)).get("/alerts").then().body(containsString("<option value=\"" + team + "\""));
    }

    @Test
    void theComposerCarriesTheReachPreview() {
        page(cookie(People.employee())).get("/").then().statusCode(200)
                .body(containsString("data-testid=\"reach-preview\""));
    }
}
