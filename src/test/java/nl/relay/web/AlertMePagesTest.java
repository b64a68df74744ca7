package nl.relay.web;

import static io.restassured.RestAssured.given;
import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** The "alert me" buttons of the client, topic and person pages: one alert each, never two, never a 5xx. */
@QuarkusTest
class AlertMePagesTest {

    @Test
    void theClientButtonMakesOneAlertInThePagesLanguageAndThenLeadsToIt() {
        Person reader = People.employee();
        String cookie = cookie(reader);
        String name = "Albert Heijn " + System.nanoTime();
        long client = client(name);
        page(cookie).get("/clients?q=" + name).then().statusCode(200)
                .body(containsString("action=\"/clients/" + client + "/alert\""))
                .body(containsString("Stuur me een melding over deze klant"));
        String location = form(cookie).post("/clients/" + client + "/alert").then().statusCode(303).extract()
                .header("Location");
        long alert = alertIn(location);
        Api.as(reader).get("/api/alerts/" + alert).then().statusCode(200)
                .body("query", equalTo("klant:\"" + name + "\"")).body("name", equalTo(name))
                .body("frequency", equalTo("instant")).body("channels", equalTo(List.of("app")));

        assertEquals(location, form(cookie).post("/clients/" + client + "/alert").then().statusCode(303).extract()
                .header("Location"), "pressed twice: the same alert");
        assertEquals(1, ownAlerts(reader).size());
        page(cookie).get("/clients?q=" + name).then().statusCode(200)
                .body(containsString("Je hebt al een melding"))
                .body(containsString("href=\"/alerts/" + alert + "\""))
                .body(not(containsString("action=\"/clients/" + client + "/alert\"")));
        page(cookie).get("/all?client=" + client).then().statusCode(200)
                .body(containsString("<h1>" + name + "</h1>"))
                .body(containsString("href=\"/alerts/" + alert + "\""));

        long post = Posts.publish(People.recruiter(), "Nieuwe vestiging in Zwolle.", Map.of("clientId", client));
        Wait.until(() -> Alerts.matches(reader, alert).contains(post));
    }

    @Test
    void anEnglishPageWritesEnglishFieldNamesAndAnAlertInEitherLanguageCountsAsTheSame() {
        Person reader = People.employee();
        String cookie = cookie(reader);
        String name = "Jumbo Supermarkten " + System.nanoTime();
        long client = client(name);
        page(cookie).cookie("relay_lang", "en").header("Accept-Language", "en").get("/all?client=" + client).then()
                .statusCode(200).body(containsString("Alert me about this client"));
        String location = form(cookie).cookie("relay_lang", "en").header("Accept-Language", "en")
                .post("/clients/" + client + "/alert").then().statusCode(303).extract().header("Location");
        long alert = alertIn(location);
        Api.as(reader).get("/api/alerts/" + alert).then().body("query", equalTo("client:\"" + name + "\""));
        assertEquals(location, form(cookie).post("/clients/" + client + "/alert").then().statusCode(303).extract()
                .header("Location"), "the Dutch button finds the English alert");
        page(cookie).get("/all?client=" + client).then().body(containsString("Je hebt al een melding"));
        assertEquals(1, ownAlerts(reader).size());
    }

    @Test
    void theTopicButtonMakesOneAlertOnTheTopic() {
        Person reader = People.employee();
        String cookie = cookie(reader);
        String topic = "werving" + System.nanoTime();
        page(cookie).get("/topics/" + topic).then().statusCode(200)
                .body(containsString("action=\"/topics/" + topic + "/alert\""))
                .body(containsString("Stuur me een melding over dit onderwerp"));
        String location = form(cookie).post("/topics/" + topic.toUpperCase() + "/alert").then().statusCode(303)
                .extract().header("Location");
        long alert = alertIn(location);
        Api.as(reader).get("/api/alerts/" + alert).then().body("query", equalTo("onderwerp:" + topic))
                .body("name", equalTo("#" + topic));
        assertEquals(location, form(cookie).post("/topics/" + topic + "/alert").then().statusCode(303).extract()
                .header("Location"));
        assertEquals(1, ownAlerts(reader).size());
        page(cookie).get("/topics/" + topic).then().body(containsString("href=\"/alerts/" + alert + "\""));
        long post = Posts.publish(People.employee(), "Wie kent een goede trainer? #" + topic);
        Wait.until(() -> Alerts.matches(reader, alert).contains(post));
    }

    @Test
    void thePersonButtonMakesOneAlertOnTheirPostsButNotOnOnesOwnPage() {
        Person reader = People.employee();
        Person author = People.employee();
        String cookie = cookie(reader);
        page(cookie).get("/people/" + author.username()).then().statusCode(200)
                .body(containsString("action=\"/people/" + author.username() + "/alert\""))
                .body(containsString("Stuur me een melding over deze persoon"));
        page(cookie).get("/people/" + reader.username()).then().statusCode(200)
                .body(not(containsString("data-testid=\"alert-me\"")));
        String location = form(cookie).post("/people/" + author.username().toUpperCase() + "/alert").then()
                .statusCode(303).extract().header("Location");
        long alert = alertIn(location);
        Api.as(reader).get("/api/alerts/" + alert).then()
                .body("query", containsString("auteur:")).body("query", containsString(author.username()))
                .body("name", equalTo("Test " + author.username() + " (@" + author.username() + ")"));
        assertEquals(location, form(cookie).post("/people/" + author.username() + "/alert").then().statusCode(303)
                .extract().header("Location"));
        assertEquals(1, ownAlerts(reader).size());
        long post = Posts.publish(author, "Een nieuwe kandidaat voor de functie in Ede.");
        long other = Posts.publish(People.employee(), "Een andere kandidaat.");
        Wait.until(() -> Alerts.matches(reader, alert).contains(post));
        assertEquals(List.of(post), Alerts.matches(reader, alert).stream().filter(id -> id == post || id == other)
                .toList());
    }

    @Test
    void whatIsNotAClientTopicOrPersonIsNotFoundAndNothingIsMade() {
        Person reader = People.employee();
        String cookie = cookie(reader);
        for (String path : List.of("/clients/abc/alert", "/clients/999999999999/alert",
                "/clients/99999999999999999999/alert", "/clients/-1/alert", "/topics/a-b/alert",
                "/topics/123/alert", "/people/nobody-here-" + System.nanoTime() + "/alert")) {
            form(cookie).post(path).then().statusCode(404);
        }
        assertEquals(0, ownAlerts(reader).size());
    }

    @Test
    void aClientWhoseNameHoldsNoWordGetsTheAlertsPageSayingWhyNotAnError() {
        Person reader = People.employee();
        String cookie = cookie(reader);
        long client = client("&" + "!".repeat((int) (System.nanoTime() % 40) + 1) + "?");
        form(cookie).post("/clients/" + client + "/alert").then().statusCode(422)
                .body(containsString("data-testid=\"alert-form\"")).body(containsString("zoekt niets"))
                .body(containsString("value=\"klant:&quot;&amp;"));
        assertEquals(0, ownAlerts(reader).size());
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() {
        long client = client("Lidl " + System.nanoTime());
        for (String path : List.of("/clients/" + client + "/alert", "/topics/werving/alert",
                "/people/admin/alert")) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .header("Origin", "http://localhost:" + RestAssured.port).post(path).then().statusCode(303)
                    .header("Location", containsString("/login"));
        }
    }

    private static long client(String name) {
        return ((Number) Api.as(People.recruiter()).body(Map.of("name", name, "aliases", List.of(), "sectorCode",
                "retail")).post("/api/clients").then().statusCode(201).extract().path("id")).longValue();
    }

    private static long alertIn(String location) {
        return Long.parseLong(location.substring(location.indexOf("/alerts/") + "/alerts/".length()));
    }

    private static List<Object> ownAlerts(Person person) {
        return Api.as(person).get("/api/alerts").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
