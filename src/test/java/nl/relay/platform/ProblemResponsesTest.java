package nl.relay.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.RawHttp;
import org.junit.jupiter.api.Test;

/** Every kind of bad request answers with a 4xx problem in the contract's shape, never a 5xx. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void malformedJsonIsABadRequest() {
        Api.as(People.adminToken()).body("{\"username\": \"a\",").post("/api/accounts").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", notNullValue()).body("title", equalTo("Bad Request"))
                .body("status", equalTo(400)).body("detail", equalTo("The body is not valid JSON."));
    }

    @Test
    void aMissingBodyIsABadRequest() {
        Api.as(People.adminToken()).post("/api/accounts").then().statusCode(400)
                .body("detail", equalTo("A JSON body is required."));
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        Api.as(People.adminToken()).body("[1,2]").post("/api/accounts").then().statusCode(400);
        Api.as(People.adminToken()).body("\"text\"").post("/api/accounts").then().statusCode(400);
    }

    @Test
    void duplicateKeysAreRefused() {
        Api.anonymous().body("{\"username\":\"admin\",\"username\":\"other\",\"password\":\"x\"}")
                .post("/api/auth/login").then().statusCode(400);
    }

    @Test
    void aBodyInABrokenEncodingIsABadRequest() {
        byte[] utf32 = {0, 0, 0, '{', 0, 0x11, 0, 0, 0, 0, 0, '}'};
        Api.anonymous().body(utf32).post("/api/auth/login").then().statusCode(400)
                .contentType("application/problem+json");
        byte[] latin1 = "{\"username\":\"caf\u00e9\",\"password\":\"x\"}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int status = Api.anonymous().body(latin1).post("/api/auth/login").statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(status >= 400 && status < 500, "status " + status);
    }

    @Test
    void theWrongContentTypeIsUnsupported() {
        Api.as(People.adminToken()).contentType(ContentType.TEXT).body("username=x").post("/api/accounts")
                .then().statusCode(415).contentType("application/problem+json");
        Api.anonymous().contentType("application/x-www-form-urlencoded").body("username=x&password=y")
                .post("/api/auth/login").then().statusCode(415);
    }

    @Test
    void anOversizedBodyIsTooLarge() {
        String huge = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
        Api.anonymous().body(huge).post("/api/auth/login").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Api.anonymous().body(Map.of("username", "admin", "password", "x", "role", "admin"))
                .post("/api/auth/login").then().statusCode(422)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void wrongTypesAreInvalidValuesWithoutJavaNames() {
        Api.anonymous().body("{\"username\": 42, \"password\": \"x\"}").post("/api/auth/login").then()
                .statusCode(422).body("errors[0].field", equalTo("username"))
                .body("errors[0].message", equalTo("must be a string"))
                .body(not(containsString("java")));
        Api.anonymous().body("{\"username\": {\"a\":1}, \"password\": \"x\"}").post("/api/auth/login").then()
                .statusCode(422).body(not(containsString("java.")));
    }

    @Test
    void controlCharactersInTextAreRefused() {
        for (String evil : new String[]{"nul\u0000byte", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085",
                "lone\ud800surrogate", "cr\ronly"}) {
            Api.anonymous().body(Map.of("username", evil, "password", "some password"))
                    .post("/api/auth/login").then().statusCode(422)
                    .body("errors[0].field", equalTo("username"));
        }
    }

    @Test
    void newlinesAndTabsAreAllowed() {
        Api.anonymous().header("X-Forwarded-For", People.freshAddress())
                .body(Map.of("username", "line\nbreak\tand tab\r\nwindows", "password", "some password"))
                .post("/api/auth/login").then().statusCode(401);
    }

    @Test
    void controlCharactersInTheQueryOrPathAreRefused() {
        String token = People.adminToken();
        Api.as(token).urlEncodingEnabled(false).get("/api/accounts?q=a%00b").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(token).urlEncodingEnabled(false).get("/api/accounts/ab%00cd").then().statusCode(400);
        String raw = RawHttp.send("GET /api/accounts?q=%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token + "\r\nConnection: close\r\n\r\n");
        org.junit.jupiter.api.Assertions.assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
    }

    @Test
    void unknownApiPathsAreNotFoundProblems() {
        Api.anonymous().get("/api/no/such/thing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        Api.anonymous().delete("/api/whatever").then().statusCode(404);
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        Api.anonymous().get("/api/auth/login").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void problemsNeverCarryStackTraces() {
        Api.anonymous().body("{\"username\": [1], \"password\": \"x\"}").post("/api/auth/login").then()
                .statusCode(422).body(not(containsString("Exception"))).body(not(containsString("at ")));
    }
}
