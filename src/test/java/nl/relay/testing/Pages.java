package nl.relay.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests to the pages as a signed-in browser would make them: the session cookie, and forms from Relay. */
public final class Pages {

    private Pages() {
    }

    /** A page request with the session cookie, not following redirects. */
    public static RequestSpecification page(String cookie) {
        return given().redirects().follow(false).cookie("relay_session", cookie);
    }

    /** A form post from Relay's own pages (its Origin), with the session cookie. */
    public static RequestSpecification form(String cookie) {
        return page(cookie).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port);
    }

    /** Signs in through the sign-in form and answers the session cookie. */
    public static String cookie(Person person) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("X-Forwarded-For", People.freshAddress())
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("username", person.username()).formParam("password", person.password())
                .post("/login").then().statusCode(303).extract().cookie("relay_session");
    }
}
