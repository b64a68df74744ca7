package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientPagesTest {

    @Test
    void theClientPageShowsItsTimelineAndWatchesWithoutScript() {
        Person employee = People.employee();
        String name = "Gemeente <b>Delft</b> " + System.nanoTime();
        long client = client(name);
        long signal = Posts.publish(employee, "Nieuwe manager inkoop begint maandag.",
                Map.of("kind", "signal", "clientId", client, "signalType", "new-manager"));
        String cookie = cookie(employee);

        String html = page(cookie).get("/clients/" + client).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Gemeente &lt;b&gt;Delft&lt;/b&gt;"), "the name is escaped");
        assertFalse(html.contains("<b>Delft</b>"));
        assertTrue(html.contains("data-post-id=\"" + signal + "\""));
        assertTrue(html.contains("Signaal · <span data-testid=\"signal-type\">Nieuwe manager</span>"));
        assertTrue(html.contains("0 volgers"));
        assertTrue(html.contains("href=\"/?kind=signal&amp;clientId=" + client + "#composer\""));
        assertFalse(html.contains("data-testid=\"client-admin\""), "merge and archive are for admins");

        form(cookie).formParam("frequency", "daily").post("/clients/" + client + "/watch").then().statusCode(303)
                .header("Location", containsString("/clients/" + client));
        page(cookie).get("/clients/" + client).then().statusCode(200)
                .body(containsString("1 volger")).body(containsString("data-testid=\"unwatch-form\""))
                .body(containsString("<option value=\"daily\" selected>"));
        form(cookie).formParam("frequency", "elk uur").post("/clients/" + client + "/watch").then().statusCode(422)
                .body(containsString("Hoe vaak: moet direct, dagelijks of wekelijks zijn."));
        form(cookie).post("/clients/" + client + "/unwatch").then().statusCode(303);
        Api.as(employee).get("/api/clients/" + client).then().body("watcherCount", equalTo(0));

        page(cookie).header("Accept-Language", "en").cookie("relay_lang", "en").get("/clients/" + client).then()
                .statusCode(200).body(containsString("Signal · <span data-testid=\"signal-type\">New manager</span>"))
                .body(containsString("Report a signal"));
        page(cookie).get("/clients/99999999").then().statusCode(404);
        page(cookie).get("/clients/" + client + "?cursor=kapot").then().statusCode(200);

        // The composer preset by the client page's link, and a refused signal keeps its fields.
        page(cookie).get("/?kind=signal&clientId=" + client).then().statusCode(200)
                .body(containsString("<option value=\"signal\" selected>"))
                .body(containsString("name=\"clientId\" value=\"" + client + "\""))
                .body(containsString("Soort signaal (alleen voor signalen)"));
        form(cookie).formParam("body", "Er gaat iets veranderen.").formParam("kind", "signal")
                .formParam("clientId", Long.toString(client)).formParam("signalType", "")
                .post("/posts").then().statusCode(422)
                .body(containsString("data-testid=\"signalType-error\">Het soort signaal is nodig bij een signaal"));
        form(cookie).formParam("body", "Er gaat iets veranderen.").formParam("kind", "signal")
                .formParam("clientId", Long.toString(client)).formParam("signalType", "tender")
                .post("/posts").then().statusCode(303);
        Api.as(employee).queryParam("author", employee.username()).get("/api/posts").then()
                .body("items[0].signalType", equalTo("tender"));
    }

    @Test
    void onlyAdminsMergeAndArchiveClientsFromThePage() {
        Person recruiter = People.recruiter();
        String survivorName = "Sligro " + System.nanoTime();
        String mergedName = "Sligro Food Group " + System.nanoTime();
        long survivor = client(survivorName);
        long merged = client(mergedName);
        String recruiterCookie = cookie(recruiter);
        page(recruiterCookie).get("/clients/" + survivor).then().statusCode(200)
                .body(not(containsString("data-testid=\"merge-form\"")));
        form(recruiterCookie).formParam("client", mergedName).post("/clients/" + survivor + "/merge").then()
                .statusCode(403);
        form(recruiterCookie).post("/clients/" + survivor + "/archive").then().statusCode(403);

        String admin = cookie(People.admin());
        page(admin).get("/clients/" + survivor).then().statusCode(200)
                .body(containsString("data-testid=\"merge-form\""))
                .body(containsString("data-testid=\"archive-form\""));
        form(admin).formParam("client", "Bestaat niet " + System.nanoTime()).post("/clients/" + survivor + "/merge")
                .then().statusCode(422).body(containsString("staat niet in de klantenlijst"));
        form(admin).formParam("client", mergedName).post("/clients/" + survivor + "/merge").then().statusCode(303);
        page(admin).get("/clients/" + merged).then().statusCode(200)
                .body(containsString("data-testid=\"merged-into\""))
                .body(containsString("href=\"/clients/" + survivor + "\""))
                .body(not(containsString("data-testid=\"report-signal\"")));
        page(admin).get("/clients/" + survivor).then().body(containsString(mergedName));
        // The merged client's name now leads to the survivor, in the composer too.
        form(recruiterCookie).formParam("body", "Sligro opent een nieuwe vestiging.").formParam("kind", "note")
                .formParam("client", mergedName).post("/posts").then().statusCode(303);
        Api.as(recruiter).queryParam("author", recruiter.username()).get("/api/posts").then()
                .body("items[0].client.id", equalTo((int) survivor));

        form(admin).formParam("archived", "true").post("/clients/" + survivor + "/archive").then().statusCode(303);
        Api.as(recruiter).get("/api/clients/" + survivor).then().body("archived", equalTo(true));
        form(admin).formParam("archived", "false").post("/clients/" + survivor + "/archive").then().statusCode(303);
        Api.as(recruiter).get("/api/clients/" + survivor).then().body("archived", equalTo(false));

        String list = page(admin).queryParam("q", mergedName).get("/clients").then().statusCode(200)
                .extract().asString();
        assertTrue(list.contains("<a href=\"/clients/" + survivor + "\">"));
        assertEquals(-1, list.indexOf("data-client-id=\"" + merged + "\""), "a merged client is left out");
    }

    private static long client(String name) {
        return ((Number) Api.as(People.recruiter()).body(Map.of("name", name, "aliases", List.of(),
                "sectorCode", "retail")).post("/api/clients").then().statusCode(201).extract().path("id"))
                .longValue();
    }
}
