package nl.relay.accounts.sso;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import nl.relay.accounts.Account;
import nl.relay.testing.Api;
import nl.relay.testing.CodeFlow;
import nl.relay.testing.IdentityProvider;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a real OpenID Connect provider process (mock-oauth2-server on its own port): the code flow
 * with PKCE hop by hop over HTTP, just-in-time accounts, role mapping, and the provider's bearer tokens on the API.
 */
@QuarkusTest
class SingleSignOnTest {

    @Test
    void aFirstSignInCreatesTheAccountWithTheMappedRolesAndNoPassword() {
        String email = fresh("anouk.de.vries") + "@bedrijf.nl";
        CodeFlow.Result result = CodeFlow.signIn("sub-" + email, claims(email, "Anouk de Vries",
                IdentityProvider.ADMIN_GROUP));

        assertEquals(303, result.status(), result.body());
        assertEquals("/", java.net.URI.create(result.location()).getPath());
        String token = result.sessionToken().orElseThrow();
        Api.as(token).get("/api/me").then().statusCode(200)
                .body("displayName", equalTo("Anouk de Vries"))
                .body("email", equalTo(email))
                .body("roles", containsInAnyOrder("admin", "employee"))
                .body("username", startsWith("anouk.de.vries"));
        Account account = account(email);
        assertThat(account.passwordHash, is(nullValue()));
        // Nothing to change or sign in with: the password lives at the provider.
        Api.as(token).body(Map.of("currentPassword", "geen idee welk", "newPassword", "een nieuw lang wachtwoord"))
                .put("/api/me/password").then().statusCode(409);
        Pages.page(token).get("/settings").then().statusCode(200)
                .body(containsString("data-testid=\"no-password\""))
                .body(org.hamcrest.Matchers.not(containsString("data-testid=\"password-form\"")));
        assertEquals(IdentityProvider.issuer() + " sub-" + email, account.providerSubject);
    }

    @Test
    void theNextSignInFindsTheSameAccountAndFollowsTheProvidersGroups() {
        String email = fresh("bram") + "@bedrijf.nl";
        String subject = "sub-" + email;
        String first = CodeFlow.signIn(subject, claims(email, "Bram Jansen", IdentityProvider.ADMIN_GROUP))
                .sessionToken().orElseThrow();
        String username = Api.as(first).get("/api/me").then().extract().path("username");

        String second = CodeFlow.signIn(subject, claims(email, "Bram Jansen", IdentityProvider.RECRUITER_GROUP))
                .sessionToken().orElseThrow();

        Api.as(second).get("/api/me").then().statusCode(200).body("username", equalTo(username))
                .body("roles", containsInAnyOrder("recruiter", "employee"));
        // The roles apply to the earlier session at once too: they are read on every request.
        Api.as(first).get("/api/me").then().body("roles", containsInAnyOrder("recruiter", "employee"));
    }

    @Test
    void anAccountAnAdminMadeIsFoundByItsAddressAndKeepsItsRolesOutsideTheMapping() {
        Person local = People.withRoles("privacy");
        String email = local.username() + "@example.nl";

        // The account has powers (privacy officer): only an address the provider says it checked links it.
        CodeFlow.Result unchecked = CodeFlow.signIn("sub-" + email, claims(email, "Whatever The Provider Says"));
        assertEquals(403, unchecked.status());
        assertThat(unchecked.body(), containsString("niet bevestigd"));
        String token = CodeFlow.signIn("sub-" + email, claims(email, "Whatever The Provider Says").replace(
                "{", "{\"email_verified\": true, ")).sessionToken().orElseThrow();

        Api.as(token).get("/api/me").then().statusCode(200).body("username", equalTo(local.username()))
                .body("roles", containsInAnyOrder("privacy", "employee"));
        // The local password keeps working beside it.
        People.signIn(local.username(), local.password());
    }

    @Test
    void anAddressTheProviderSaysItDidNotCheckLinksNoAccount() {
        Person local = People.employee();
        String email = local.username() + "@example.nl";

        CodeFlow.Result result = CodeFlow.signIn("sub-" + email, claims(email, "Iemand Anders").replace("{",
                "{\"email_verified\": false, "));

        assertEquals(403, result.status());
        assertTrue(result.sessionToken().isEmpty());
        Api.as(IdentityProvider.accessToken("sub-" + email, Map.of("email", email, "email_verified", false)))
                .get("/api/me").then().statusCode(401);
        assertThat(account(email).providerSubject, is(nullValue()));
    }

    @Test
    void aNameFromTheProviderIsOneLineAndAnAddressMustBeOne() {
        String email = fresh("gijs") + "@bedrijf.nl";
        String token = CodeFlow.signIn("sub-" + email, claims(email, "Gijs\\r\\nBcc: iedereen@bedrijf.nl"))
                .sessionToken().orElseThrow();
        Api.as(token).get("/api/me").then().statusCode(200).body("displayName",
                equalTo("Gijs Bcc: iedereen@bedrijf.nl"));

        CodeFlow.Result noAddress = CodeFlow.signIn("sub-no-address-" + email, claims("geen adres " + email, "Gijs"));
        assertEquals(403, noAddress.status());
    }

    @Test
    void aDeactivatedAccountIsRefusedAtTheSignInPageAndOnTheApi() {
        String email = fresh("carla") + "@bedrijf.nl";
        String subject = "sub-" + email;
        String session = CodeFlow.signIn(subject, claims(email, "Carla Smit")).sessionToken().orElseThrow();
        String username = Api.as(session).get("/api/me").then().extract().path("username");
        String bearer = IdentityProvider.accessToken(subject, Map.of("email", email));
        Api.as(bearer).get("/api/me").then().statusCode(200);

        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + username)
                .then().statusCode(200);

        Api.as(session).get("/api/me").then().statusCode(401);
        Api.as(bearer).get("/api/me").then().statusCode(401);
        CodeFlow.Result again = CodeFlow.signIn(subject, claims(email, "Carla Smit"));
        assertEquals(403, again.status());
        assertTrue(again.sessionToken().isEmpty());
        assertThat(again.body(), containsString("uitgeschakeld"));
    }

    @Test
    void theProvidersAccessTokenWorksOnTheApiAsThePerson() {
        String email = fresh("daan") + "@bedrijf.nl";
        String token = IdentityProvider.accessToken("sub-" + email, IdentityProvider.person(email, "Daan Visser",
                IdentityProvider.RECRUITER_GROUP));

        Api.as(token).get("/api/me").then().statusCode(200).body("email", equalTo(email))
                .body("roles", containsInAnyOrder("recruiter", "employee"));
        Api.as(token).body(Map.of("body", "Wie kent een goede Java-ontwikkelaar in Utrecht? #vacature"))
                .post("/api/posts").then().statusCode(201);
    }

    @Test
    void aTokenForAnotherAudienceAnExpiredOneAndAForgedOneAreRefused() throws NoSuchAlgorithmException {
        String email = fresh("eva") + "@bedrijf.nl";
        Map<String, Object> person = IdentityProvider.person(email, "Eva Bakker");

        Api.as(IdentityProvider.accessToken("sub-" + email, "another-app", person, 3600)).get("/api/me")
                .then().statusCode(401);
        Api.as(IdentityProvider.accessToken("sub-" + email, IdentityProvider.API_AUDIENCE, person, -600))
                .get("/api/me").then().statusCode(401);

        // Signed by someone else's key, naming the provider as issuer.
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        String forged = Jwt.issuer(IdentityProvider.issuer()).subject("sub-" + email)
                .audience(IdentityProvider.API_AUDIENCE).claim("email", email)
                .expiresAt(Instant.now().plusSeconds(600)).sign(keys.generateKeyPair().getPrivate());
        Api.as(forged).get("/api/me").then().statusCode(401);

        // A valid token whose claims were changed after signing.
        String valid = IdentityProvider.accessToken("sub-" + email, person);
        String[] parts = valid.split("\\.");
        String otherClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace(email, "admin@example.nl").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.as(parts[0] + "." + otherClaims + "." + parts[2]).get("/api/me").then().statusCode(401);
        Api.as(valid).get("/api/me").then().statusCode(200);
    }

    @Test
    void signingOutAfterASingleSignOnAlsoEndsTheProvidersSession() {
        String email = fresh("femke") + "@bedrijf.nl";
        String token = CodeFlow.signIn("sub-" + email, claims(email, "Femke de Boer")).sessionToken().orElseThrow();

        String location = Pages.form(token).post("/logout").then().statusCode(303).extract().header("Location");

        assertThat(location, startsWith(IdentityProvider.issuer() + "/endsession"));
        assertThat(location, containsString("client_id=" + IdentityProvider.CLIENT_ID));
        assertThat(location, containsString("post_logout_redirect_uri="));
        Api.as(token).get("/api/me").then().statusCode(401);
    }

    @Test
    void theSignInPageOffersTheProvider() {
        io.restassured.RestAssured.given().get("/login").then().statusCode(200)
                .body(containsString("href=\"/signin/oidc\""))
                .body(containsString("Relay IdP"));
    }

    private static String claims(String email, String name, String... groups) {
        StringBuilder list = new StringBuilder();
        for (String group : groups) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(group).append('"');
        }
        return "{\"email\": \"" + email + "\", \"name\": \"" + name + "\", \"groups\": [" + list + "]}";
    }

    private static String fresh(String name) {
        return name + "." + People.uniqueUsername().replace("user", "");
    }

    private static Account account(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>find("email", email).firstResult());
    }
}
