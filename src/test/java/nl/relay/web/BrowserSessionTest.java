package nl.relay.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** Signing in through the pages, the session cookie, cross-site protection and escaping. */
@QuarkusTest
class BrowserSessionTest {

    @Test
    void signedOutTheHomePageIsTheSignInFormInDutchByDefault() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("name=\"username\""))
                .body(containsString("name=\"password\""))
                .body(containsString("Inloggen"));
        given().header("Accept-Language", "en-US,en;q=0.8").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("Sign in"));
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteCookieThatOpensThePagesAndTheApi() {
        Person person = People.employee();
        Response response = signIn(person.username(), person.password());
        response.then().statusCode(303).header("Location", containsString("/"));
        String setCookie = response.header("Set-Cookie");
        assertTrue(setCookie.contains("relay_session="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        String cookie = response.cookie("relay_session");
        given().cookie("relay_session", cookie).get("/").then().statusCode(200)
                .body(containsString("data-testid=\"composer\"")).body(containsString("data-testid=\"nav\""));
        given().cookie("relay_session", cookie).accept("application/json").get("/api/me").then().statusCode(200)
                .body("username", equalTo(person.username()));
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAMessage() {
        Person person = People.employee();
        signIn(person.username(), "not the password").then().statusCode(401)
                .body(containsString("Onbekende gebruikersnaam of verkeerd wachtwoord."))
                .body(containsString("value=\"" + person.username() + "\""));
        signIn("nul\u0000byte", "whatever").then().statusCode(401);
    }

    @Test
    void aForgedSignInFormFromAnotherSiteIsRefused() {
        Person person = People.employee();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").formParam("username", person.username())
                .formParam("password", person.password()).post("/login").then().statusCode(403);
    }

    @Test
    void postingFromThePageNeedsTheSameOrigin() {
        Person person = People.employee();
        String cookie = signIn(person.username(), person.password()).cookie("relay_session");
        given().redirects().follow(false).cookie("relay_session", cookie)
                .contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").formParam("body", "Vervalst bericht").post("/posts")
                .then().statusCode(403);
        given().redirects().follow(false).cookie("relay_session", cookie)
                .contentType("application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site").formParam("body", "Vervalst bericht").post("/posts")
                .then().statusCode(403);
        given().redirects().follow(false).cookie("relay_session", cookie)
                .contentType("application/x-www-form-urlencoded")
                .formParam("body", "Zonder herkomst").post("/posts").then().statusCode(403);
        given().redirects().follow(false).cookie("relay_session", cookie)
                .contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("body", "Echt bericht van de pagina")
                .post("/posts").then().statusCode(303);
        given().cookie("relay_session", cookie).get("/").then()
                .body(containsString("Echt bericht van de pagina")).body(not(containsString("Vervalst bericht")));
        given().redirects().follow(false).cookie("relay_session", cookie).contentType("application/json")
                .header("Origin", "https://evil.example").body(Map.of("body", "Via de API")).post("/api/posts")
                .then().statusCode(403);
    }

    @Test
    void aHostilePostIsShownAsText() {
        Person author = People.employee();
        Person reader = People.employee();
        Api.as(reader).put("/api/me/follows/accounts/" + author.username()).then().statusCode(204);
        String hostile = "<script>alert('xss')</script><img src=x onerror=alert(1)> \"quotes\" & more";
        long id = ((Number) Api.as(author).body(Map.of("body", hostile)).post("/api/posts").then().statusCode(201)
                .extract().path("id")).longValue();
        String cookie = signIn(author.username(), author.password()).cookie("relay_session");
        String page = given().cookie("relay_session", cookie).get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-post-id=\"" + id + "\""), page);
        assertTrue(!page.contains("<script>alert"), "unescaped script in page");
        assertTrue(!page.contains("<img src=x"), "unescaped img in page");
        assertTrue(page.contains("&lt;script&gt;alert("), page);
    }

    @Test
    void signingOutRevokesTheSession() {
        Person person = People.employee();
        String cookie = signIn(person.username(), person.password()).cookie("relay_session");
        Response out = given().redirects().follow(false).cookie("relay_session", cookie)
                .header("Origin", "http://localhost:" + RestAssured.port).post("/logout");
        out.then().statusCode(303).header("Location", containsString("/login"));
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
        given().cookie("relay_session", cookie).accept("application/json").get("/api/me").then().statusCode(401);
        given().cookie("relay_session", cookie).get("/").then().statusCode(200)
                .body(containsString("name=\"password\""));
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        String admin = People.adminToken();
        for (String path : new String[]{"/", "/login", "/api/me", "/relay.js", "/relay.css", "/q/openapi",
                "/q/metrics", "/q/health", "/no-such-page", "/api/no-such-thing"}) {
            given().auth().oauth2(admin).get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", notNullValue());
        }
        given().auth().oauth2(admin).get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
        given().auth().oauth2(admin).accept("text/event-stream").when().head("/api/notifications/stream").then()
                .header("X-Frame-Options", "DENY");
        given().get("/q/metrics").then().header("X-Frame-Options", "DENY");
    }

    @Test
    void metricsAndTheApiDocumentAreForAdminsOnlyAndHealthForAnyone() {
        String employee = People.employee().token();
        for (String path : new String[]{"/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().get(path).then().statusCode(401);
            given().auth().oauth2(employee).get(path).then().statusCode(403);
            given().auth().oauth2(People.adminToken()).get(path).then().statusCode(200);
        }
        given().cookie("relay_session", People.adminToken()).get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theSessionCookieIsSecureWhenTheTrustedProxyWasAskedOverHttps() {
        Person person = People.employee();
        Response overHttps = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("X-Forwarded-For", People.freshAddress()).header("X-Forwarded-Proto", "https")
                .header("Sec-Fetch-Site", "same-origin")
                .formParam("username", person.username()).formParam("password", person.password()).post("/login");
        overHttps.then().statusCode(303);
        assertTrue(overHttps.header("Set-Cookie").contains("Secure"), overHttps.header("Set-Cookie"));
        Response plain = signIn(person.username(), person.password());
        assertTrue(!plain.header("Set-Cookie").contains("Secure"), plain.header("Set-Cookie"));
    }

    private static Response signIn(String username, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("X-Forwarded-For", People.freshAddress())
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("username", username).formParam("password", password).post("/login");
    }
}
