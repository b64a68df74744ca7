package nl.relay.accounts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    @Test
    void theBootstrappedAdminSignsInWithTheConfiguredPassword() {
        Response response = login("admin", People.ADMIN_PASSWORD, People.freshAddress());
        response.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue())
                .body("expiresAt", notNullValue());
        Instant expiresAt = Instant.parse(response.path("expiresAt"));
        // Default lifetime is 12 hours.
        assertEquals(12 * 3600, expiresAt.getEpochSecond() - Instant.now().getEpochSecond(), 60);
        Api.as(response.<String>path("accessToken")).get("/api/me").then().statusCode(200)
                .body("username", equalTo("admin")).body("roles[0]", equalTo("admin"));
    }

    @Test
    void usernamesAreNotCaseSensitiveAtSignIn() {
        login("ADMIN", People.ADMIN_PASSWORD, People.freshAddress()).then().statusCode(200);
    }

    @Test
    void unknownUserAndWrongPasswordGiveTheSameAnswer() {
        Response unknown = login("nobody-here", "some password 123", People.freshAddress());
        Response wrong = login("admin", "not the password", People.freshAddress());
        unknown.then().statusCode(401).contentType("application/problem+json");
        wrong.then().statusCode(401);
        assertEquals(unknown.asString(), wrong.asString());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        Person person = People.employee();
        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + person.username())
                .then().statusCode(200);
        Response response = login(person.username(), person.password(), People.freshAddress());
        response.then().statusCode(401);
        assertEquals(login("nobody-here", "x", People.freshAddress()).asString(), response.asString());
    }

    @Test
    void absurdUsernamesAreJustWrong() {
        login("x".repeat(20_000), "whatever password", People.freshAddress()).then().statusCode(401);
        login("名前", "whatever password", People.freshAddress()).then().statusCode(401);
    }

    @Test
    void missingFieldsAreInvalidInput() {
        Api.anonymous().body(Map.of("username", "admin")).post("/api/auth/login").then()
                .statusCode(422).body("errors[0].field", equalTo("password"));
    }

    private static Response login(String username, String password, String address) {
        return Api.anonymous().header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }
}
