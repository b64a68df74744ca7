package nl.relay.preferences;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** {@code /api/me/preferences}: defaults, partial changes, refusals, and the language it sets. */
@QuarkusTest
class PreferencesTest {

    @Test
    void aNewAccountGetsInstantDailyMailAndTheBrowsersLanguage() {
        Api.as(People.employee()).get("/api/me/preferences").then().statusCode(200)
                .body("email", equalTo("instant")).body("digest", equalTo("daily")).body("language", nullValue());
    }

    @Test
    void fieldsLeftOutStayAndANullLanguageFollowsTheBrowserAgain() {
        Person me = People.employee();
        Api.as(me).body("{\"email\":\"digest\",\"digest\":\"weekly\",\"language\":\"en\"}").put("/api/me/preferences")
                .then().statusCode(200).body("email", equalTo("digest")).body("digest", equalTo("weekly"))
                .body("language", equalTo("en"));
        Api.as(me).body("{\"email\":\"off\"}").put("/api/me/preferences").then().statusCode(200)
                .body("email", equalTo("off")).body("digest", equalTo("weekly")).body("language", equalTo("en"));
        Api.as(me).body("{\"language\":null}").put("/api/me/preferences").then().statusCode(200)
                .body("email", equalTo("off")).body("language", nullValue());
        Api.as(me).get("/api/me/preferences").then().body("language", nullValue()).body("digest", equalTo("weekly"));
    }

    @Test
    void invalidValuesAreRefusedAndChangeNothing() {
        Person me = People.employee();
        Api.as(me).body("{\"email\":\"sometimes\",\"digest\":\"hourly\",\"language\":\"fr\"}")
                .put("/api/me/preferences").then().statusCode(422).contentType(containsString("problem+json"))
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("digest"))
                .body("errors.field", hasItem("language"));
        Api.as(me).body("{\"email\":\"off\",\"language\":\"de\"}").put("/api/me/preferences").then().statusCode(422);
        Api.as(me).body("{\"email\":1}").put("/api/me/preferences").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("email"));
        Api.as(me).body("{\"colour\":\"blue\"}").put("/api/me/preferences").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("colour"));
        Api.as(me).body("[]").put("/api/me/preferences").then().statusCode(400);
        Api.as(me).body("").put("/api/me/preferences").then().statusCode(400);
        Api.as(me).get("/api/me/preferences").then().body("email", equalTo("instant")).body("language", nullValue());
        Api.anonymous().get("/api/me/preferences").then().statusCode(401);
        Api.anonymous().body("{\"email\":\"off\"}").put("/api/me/preferences").then().statusCode(401);
    }

    @Test
    void theChosenLanguageWinsOverTheBrowsersForPagesAndSectorNames() {
        Person me = People.employee();
        Api.as(me).header("Accept-Language", "nl").get("/api/sectors").then().body("name", hasItem("Zorg en welzijn"));
        Api.as(me).body("{\"language\":\"en\"}").put("/api/me/preferences").then().statusCode(200);
        Api.as(me).header("Accept-Language", "nl").get("/api/sectors").then()
                .body("name", hasItem("Healthcare and welfare"));
        given().auth().oauth2(me.token()).header("Accept-Language", "nl").get("/people").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theAccountsChoiceWinsOverTheSwitchCookieWhichWinsOverTheBrowser() {
        Person me = People.employee();
        given().auth().oauth2(me.token()).cookie("relay_lang", "en").header("Accept-Language", "nl").get("/people")
                .then().body(containsString("<html lang=\"en\">"));
        Api.as(me).body("{\"language\":\"nl\"}").put("/api/me/preferences").then().statusCode(200);
        given().auth().oauth2(me.token()).cookie("relay_lang", "en").header("Accept-Language", "en").get("/people")
                .then().body(containsString("<html lang=\"nl\">"));
        given().cookie("relay_lang", "en").header("Accept-Language", "nl").get("/login").then()
                .body(containsString("<html lang=\"en\">"));
    }
}
