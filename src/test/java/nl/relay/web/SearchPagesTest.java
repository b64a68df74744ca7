package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** The search page as a browser gets it: the syntax explained, mistakes said in the reader's language, saving. */
@QuarkusTest
class SearchPagesTest {

    @Inject
    OutboxWorker outbox;

    @Test
    void anEmptySearchExplainsTheSyntaxInDutchAndEnglish() {
        String cookie = cookie(People.employee());
        page(cookie).get("/search").then().statusCode(200).body(containsString("Zo zoek je"))
                .body(containsString("\"raad van bestuur\"")).body(containsString("data-testid=\"nav-search\""))
                .body(not(containsString("data-testid=\"hit\"")));
        page(cookie).cookie("relay_lang", "en").get("/search").then().statusCode(200)
                .body(containsString("How to search")).body(containsString("Exactly these words, in this order."));
        io.restassured.RestAssured.given().redirects().follow(false).get("/search?q=ING").then().statusCode(303)
                .header("Location", containsString("/login"));
    }

    @Test
    void aQueryThatCannotBeReadIsSaidWithItsPositionAndKeptInTheBox() {
        String cookie = cookie(People.employee());
        page(cookie).queryParam("q", "reorganisatie AND (ING").get("/search").then().statusCode(422)
                .body(containsString("Zoekvraag: is onvolledig op positie 23"))
                .body(containsString("value=\"reorganisatie AND (ING\""));
        page(cookie).queryParam("q", "ING").queryParam("from", "gisteren").get("/search").then().statusCode(422)
                .body(containsString("Vanaf: moet een datum zijn zoals 2026-03-31"));
        page(cookie).queryParam("q", "<script>x</script>").get("/search").then().statusCode(422)
                .body(not(containsString("<script>x</script>")))
                .body(containsString("value=\"&lt;script&gt;x&lt;/script&gt;\""));
    }

    @Test
    void savingASearchMakesAnAlertWithItsFiltersAndItsPageShowsEarlierPosts() {
        Person author = People.recruiter();
        String word = "Bouwplaats" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        long vacancy = Posts.publish(author, "Uitvoerders gezocht voor " + word, Map.of("kind", "vacancy"));
        Posts.publish(author, "Uitvoerder gesproken over " + word);
        outbox.drain();
        Person reader = People.employee();
        String cookie = cookie(reader);
        page(cookie).queryParam("q", "uitvoerder " + word).queryParam("kind", "vacancy").get("/search").then()
                .statusCode(200).body(containsString("data-post-id=\"" + vacancy + "\""))
                .body(containsString("1 bericht gevonden")).body(containsString("data-testid=\"facet-kind\""));
        String location = form(cookie).formParam("q", "uitvoerder " + word).formParam("kind", "vacancy")
                .post("/search/alert").then().statusCode(303).extract().header("Location");
        page(cookie).get(location).then().statusCode(200)
                .body(containsString("(uitvoerder " + word + ") kind:vacancy"))
                .body(containsString("data-testid=\"alert-earlier\""))
                .body(containsString("data-post-id=\"" + vacancy + "\""));
        page(cookie).queryParam("q", word).get("/search/feed").then().statusCode(303)
                .header("Location", startsWith("http")).header("Location", containsString("/feeds/search.atom?q="))
                .header("Location", containsString("&token="));
        String feed = page(cookie).queryParam("q", word).get("/search/feed").then().extract().header("Location");
        io.restassured.RestAssured.given().get(feed.substring(feed.indexOf("/feeds/"))).then().statusCode(200);
        form(cookie).formParam("back", "/search?q=" + word).post("/search/feed/renew").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/search?q=" + word));
        io.restassured.RestAssured.given().get(feed.substring(feed.indexOf("/feeds/"))).then().statusCode(404);
        form(cookie).formParam("back", "https://evil.example/").post("/search/feed/renew").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/search"));
    }
}
