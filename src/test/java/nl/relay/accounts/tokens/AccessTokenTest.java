package nl.relay.accounts.tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.TestClock;
import org.junit.jupiter.api.Test;

/** Personal access tokens: made once, listed without the secret, held to their scopes, refused once ended. */
@QuarkusTest
class AccessTokenTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @Test
    void aNewTokenIsShownOnceAndListedWithoutIt() throws Exception {
        Person owner = People.employee();
        JsonPath created = Api.as(owner)
                .body(Map.of("name", "Vacaturebot", "scopes", List.of("write", "read"),
                        "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString()))
                .post("/api/me/tokens").then().statusCode(201)
                .header("Location", containsString("/api/me/tokens/"))
                .body("name", equalTo("Vacaturebot"))
                .body("scopes", equalTo(List.of("read", "write")))
                .body("expiresAt", notNullValue())
                .extract().jsonPath();
        String token = created.getString("token");
        assertTrue(token.matches("relay_pat_[A-Za-z0-9_-]{43}"), token);

        Api.as(owner).get("/api/me/tokens").then().statusCode(200)
                .body("name", hasItem("Vacaturebot"))
                .body("$", everyItem(not(hasKey("token"))))
                .body("find { it.name == 'Vacaturebot' }.lastUsedAt", nullValue());
        assertEquals(0, rows("select count(*) from personal_access_token where token_hash = ?", token),
                "the secret itself is never stored");
        assertEquals(1, rows("select count(*) from personal_access_token where token_hash = ?",
                AccessTokenSecret.hash(token)));

        Api.as(token).get("/api/me").then().statusCode(200).body("username", equalTo(owner.username()));
        Api.as(owner).get("/api/me/tokens").then().statusCode(200)
                .body("find { it.name == 'Vacaturebot' }.lastUsedAt", notNullValue());
    }

    @Test
    void aReadOnlyTokenReadsButCannotPost() {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read");
        Api.as(token).get("/api/feed").then().statusCode(200);
        Api.as(token).body(Map.of("body", "Een script mag met leesrechten niets plaatsen."))
                .post("/api/posts").then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", equalTo(AccessTokenScopes.READ_ONLY));
        Api.as(token).body(Map.of("language", "en")).put("/api/me/preferences").then().statusCode(403);
        Api.as(owner).get("/api/feed").then().statusCode(200)
                .body("items.body", not(hasItem("Een script mag met leesrechten niets plaatsen.")));
    }

    @Test
    void aWriteTokenPosts() {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read", "write");
        Api.as(token).body(Map.of("body", "Geplaatst door het wekelijkse vacaturescript."))
                .post("/api/posts").then().statusCode(201)
                .body("author.username", equalTo(owner.username()));
    }

    @Test
    void anAdminsTokenWithoutTheAdminScopeIsNoAdmin() {
        Person admin = People.admin();
        String plain = AccessTokens.of(admin, "read", "write");
        Api.as(plain).get("/api/admin/outbox").then().statusCode(403);
        given().auth().oauth2(plain).get("/q/metrics").then().statusCode(403);
        Api.as(plain).body(Map.of("username", People.uniqueUsername(), "displayName", "Niet Toegestaan",
                "email", "niet.toegestaan@example.nl", "password", "correct horse battery", "roles",
                List.of("employee"))).post("/api/accounts").then().statusCode(403);

        String withAdmin = AccessTokens.of(admin, "read", "admin");
        Api.as(withAdmin).get("/api/admin/outbox").then().statusCode(200);
        given().auth().oauth2(withAdmin).get("/q/metrics").then().statusCode(200);
        Api.as(withAdmin).body(Map.of("active", false)).patch("/api/accounts/" + People.employee().username())
                .then().statusCode(403).body("detail", equalTo(AccessTokenScopes.READ_ONLY));
    }

    @Test
    void onlyAnAdministratorGetsTheAdminScope() {
        Person employee = People.employee();
        Api.as(employee).body(Map.of("name", "beheer", "scopes", List.of("read", "admin")))
                .post("/api/me/tokens").then().statusCode(422).body("errors.field", hasItem("scopes"));
        Api.as(employee).get("/api/me/tokens").then().statusCode(200).body("name", not(hasItem("beheer")));
    }

    @Test
    void invalidRequestsAreRefusedNamingEachField() {
        Person owner = People.employee();
        Api.as(owner).body(Map.of("name", " ", "scopes", List.of(), "expiresAt", "2020-01-01T00:00:00Z"))
                .post("/api/me/tokens").then().statusCode(422)
                .body("errors.field", equalTo(List.of("name", "scopes", "expiresAt")));
        Api.as(owner).body(Map.of("name", "x".repeat(101), "scopes", List.of("read")))
                .post("/api/me/tokens").then().statusCode(422).body("errors.field", equalTo(List.of("name")));
        Api.as(owner).body(Map.of("name", "root", "scopes", List.of("root")))
                .post("/api/me/tokens").then().statusCode(422).body("errors[0].field", startsWith("scopes"));
        // Past the end of what the database keeps as a date: a 422, not a failure.
        Api.as(owner).body(Map.of("name", "eeuwig", "scopes", List.of("read"), "expiresAt", "+300000-01-01T00:00:00Z"))
                .post("/api/me/tokens").then().statusCode(422).body("errors.field", equalTo(List.of("expiresAt")));
        Api.as(owner).get("/api/me/tokens").then().statusCode(200).body("$", equalTo(List.of()));
    }

    @Test
    void aRevokedTokenIsRefusedOnTheNextRequest() {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read");
        Api.as(token).get("/api/me").then().statusCode(200);
        long id = AccessTokens.idOf(owner, "script read");
        Api.as(owner).delete("/api/me/tokens/" + id).then().statusCode(204);
        Api.as(token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        Api.as(owner).get("/api/me/tokens").then().statusCode(200).body("id", not(hasItem((int) id)));
        Api.as(owner).delete("/api/me/tokens/" + id).then().statusCode(204);
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read");
        long id = AccessTokens.idOf(owner, "script read");
        Api.as(People.employee()).delete("/api/me/tokens/" + id).then().statusCode(404);
        Api.as(owner).delete("/api/me/tokens/nonsense").then().statusCode(404);
        Api.as(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Person owner = People.employee();
        String token = Api.as(owner)
                .body(Map.of("name", "kort", "scopes", List.of("read"),
                        "expiresAt", Instant.now().plus(Duration.ofHours(1)).toString()))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        Api.as(token).get("/api/me").then().statusCode(200);
        clock.stop();
        try {
            clock.advance(Duration.ofHours(2));
            Api.as(token).get("/api/me").then().statusCode(401);
            Api.as(owner).get("/api/me/tokens").then().statusCode(200).body("name", not(hasItem("kort")));
        } finally {
            clock.resume();
        }
    }

    @Test
    void aDeactivatedAccountsTokensAreRefused() {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read", "write");
        Api.as(token).get("/api/me").then().statusCode(200);
        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + owner.username())
                .then().statusCode(200);
        Api.as(token).get("/api/me").then().statusCode(401);
        Api.as(token).body(Map.of("body", "Na deactivering.")).post("/api/posts").then().statusCode(401);
    }

    @Test
    void pseudonymisingAnAccountDeletesItsTokens() throws Exception {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read");
        String admin = People.adminToken();
        Api.as(admin).body(Map.of("active", false)).patch("/api/accounts/" + owner.username()).then().statusCode(200);
        Api.as(admin).post("/api/admin/accounts/" + owner.username() + "/pseudonymise").then().statusCode(200);
        assertEquals(0, rows("select count(*) from personal_access_token where token_hash = ?",
                AccessTokenSecret.hash(token)));
        Api.as(token).get("/api/me").then().statusCode(401);
    }

    @Test
    void aTokenCannotManageTokens() {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read", "write");
        long id = AccessTokens.idOf(owner, "script read+write");
        Api.as(token).body(Map.of("name", "nog een", "scopes", List.of("read", "write")))
                .post("/api/me/tokens").then().statusCode(403);
        Api.as(token).get("/api/me/tokens").then().statusCode(403);
        Api.as(token).delete("/api/me/tokens/" + id).then().statusCode(403);
        Api.as(owner).get("/api/me/tokens").then().statusCode(200).body("name", equalTo(List.of("script read+write")));
    }

    @Test
    void unknownAndGarbledTokensAreRefused() {
        for (String garbled : List.of("relay_pat_x", "relay_pat_", "relay_pat_" + "A".repeat(43),
                "relay_pat_" + "é".repeat(43))) {
            Api.as(garbled).get("/api/me").then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                    .body("status", equalTo(401));
            Api.as(garbled).body(Map.of("body", "x")).post("/api/posts").then().statusCode(401);
        }
        Api.as("relay_pat_x").get("/api/notifications/stream").then().statusCode(401);
    }

    @Test
    void sessionTokensWorkBesideAccessTokens() {
        Person owner = People.employee();
        String token = AccessTokens.of(owner, "read");
        Api.as(owner).get("/api/me").then().statusCode(200).body("username", equalTo(owner.username()));
        Api.as(owner).body(Map.of("body", "Met een gewone sessie mag dit wel.")).post("/api/posts")
                .then().statusCode(201);
        Api.as(token).get("/api/me").then().statusCode(200).body("username", equalTo(owner.username()));
        Api.as("not-a-jwt").get("/api/me").then().statusCode(401);
    }

    @Test
    void theLimitOfLiveTokensHolds() {
        Person owner = People.employee();
        for (int i = 0; i < 50; i++) {
            AccessTokens.of(owner, "read");
        }
        Api.as(owner).body(Map.of("name", "te veel", "scopes", List.of("read")))
                .post("/api/me/tokens").then().statusCode(409);
        Api.as(owner).delete("/api/me/tokens/" + AccessTokens.idOf(owner, "script read")).then().statusCode(204);
        Api.as(owner).body(Map.of("name", "weer ruimte", "scopes", List.of("read")))
                .post("/api/me/tokens").then().statusCode(201);
    }

    @Test
    void twoTokensAreNeverTheSame() {
        Person owner = People.employee();
        assertNotEquals(AccessTokens.of(owner, "read"), AccessTokens.of(owner, "read"));
    }

    private long rows(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
