package nl.relay.accounts.reset;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** The forgotten-password pages without a browser: the link, the forms, their refusals and their headers. */
@QuarkusTest
class PasswordResetPagesTest {

    @Test
    void theSignInPageLinksToTheForm() {
        String login = page().get("/login").then().statusCode(200).extract().asString();
        assertTrue(
                login.contains("<a href=\"/password-reset\" data-testid=\"forgot-password\">Wachtwoord vergeten?</a>"),
                login);
        String form = page().get("/password-reset").then().statusCode(200).extract().asString();
        assertTrue(form.contains("name=\"usernameOrEmail\""), form);
    }

    @Test
    void askingLeadsToTheSamePageWhetherOrNotTheAccountExists() {
        Person person = People.employee();

        Response known = form().formParam("usernameOrEmail", person.username()).post("/password-reset");
        Response unknown = form().formParam("usernameOrEmail", People.uniqueUsername()).post("/password-reset");

        assertEquals(303, known.statusCode());
        assertEquals(known.statusCode(), unknown.statusCode());
        assertEquals(known.header("Location"), unknown.header("Location"));
        assertTrue(known.header("Location").endsWith("/password-reset/sent"), known.header("Location"));
        String sent = page().get("/password-reset/sent").then().statusCode(200).extract().asString();
        assertTrue(sent.contains("Kijk in je mail") && sent.contains("60 minuten"), sent);
        Resets.awaitLink(person, 1);
    }

    @Test
    void aFormFromAnotherSiteIsRefused() {
        Person person = People.employee();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("X-Forwarded-For", People.freshAddress()).header("Origin", "https://evil.example")
                .formParam("usernameOrEmail", person.username()).post("/password-reset").then().statusCode(403);
        Resets.awaitQuiet();
        assertEquals(0, Resets.linksOf(person));
    }

    @Test
    void anEmptyNameIsShownOnTheForm() {
        String page = form().formParam("usernameOrEmail", " ").post("/password-reset").then().statusCode(422)
                .extract().asString();
        assertTrue(page.contains("Vul je gebruikersnaam of e-mailadres in.") && page.contains("aria-invalid"), page);
    }

    @Test
    void theLinkOpensTheNewPasswordFormWhichLeadsToSignIn() {
        Person person = People.employee();
        Resets.ask(person.username()).then().statusCode(202);
        String token = Resets.awaitLink(person, 1);

        Response choose = page().queryParam("token", token).get("/password-reset/new");
        assertEquals(200, choose.statusCode());
        assertEquals("no-referrer", choose.header("Referrer-Policy"));
        assertEquals("no-store", choose.header("Cache-Control"));
        assertTrue(choose.asString().contains(person.username()), choose.asString());

        String refused = form().formParam("token", token).formParam("newPassword", "te kort")
                .post("/password-reset/new").then().statusCode(422).extract().asString();
        assertTrue(refused.contains("moet minstens 12 tekens lang zijn"), refused);

        Response done = form().formParam("token", token).formParam("newPassword", "een gloednieuw wachtwoord")
                .post("/password-reset/new");
        assertEquals(303, done.statusCode());
        assertTrue(done.header("Location").endsWith("/login?reset=done"), done.header("Location"));
        String login = page().get("/login?reset=done").then().statusCode(200).extract().asString();
        assertTrue(login.contains("Je wachtwoord is gewijzigd."), login);
        String plainLogin = page().get("/login").then().statusCode(200).extract().asString();
        assertFalse(plainLogin.contains("Je wachtwoord is gewijzigd."), plainLogin);

        String used = page().queryParam("token", token).get("/password-reset/new").then().statusCode(410)
                .extract().asString();
        assertTrue(used.contains("Deze link is verlopen, al gebruikt of vervangen"), used);
        Resets.signIn(person, "een gloednieuw wachtwoord").then().statusCode(200);
    }

    @Test
    void aDamagedLinkSaysSo() {
        Response damaged = page().queryParam("token", "12.34.niet-echt").get("/password-reset/new");
        assertEquals(400, damaged.statusCode());
        assertEquals("no-referrer", damaged.header("Referrer-Policy"));
        assertTrue(damaged.asString().contains("Dit is geen geldige link."), damaged.asString());
        page().get("/password-reset/new").then().statusCode(400);
    }

    private static RequestSpecification page() {
        return given().redirects().follow(false).header("X-Forwarded-For", People.freshAddress());
    }

    private static RequestSpecification form() {
        return page().contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port);
    }
}
