package nl.relay.accounts.scim;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.relay.testing.Api;
import nl.relay.testing.CodeFlow;
import nl.relay.testing.IdentityProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's "done when", end to end: HR provisions an employee by SCIM (Entra ID's request), the employee signs in
 * at the company's provider (Relay never sees a password) and is that account with the provider's roles, makes a
 * read-only token for a script that cannot post, and is locked out on the next request, session, provider token and
 * script token alike, once HR deactivates them by SCIM.
 */
@QuarkusTest
class IdentityLifecycleTest {

    @Test
    void provisionedSignedInAtTheProviderScriptedReadOnlyAndLockedOutByHr() {
        String upn = "noor.bakker." + UUID.randomUUID().toString().substring(0, 8) + "@bedrijf.nl";
        String scimId = Scim.client().body(Scim.entraCreate(upn, UUID.randomUUID().toString(), upn))
                .post("/scim/v2/Users").then().statusCode(201).extract().path("id");

        CodeFlow.Result signIn = CodeFlow.signIn("entra-oid-" + upn, "{\"email\": \"" + upn + "\", \"name\": "
                + "\"Noor Bakker\", \"groups\": [\"" + IdentityProvider.RECRUITER_GROUP + "\"]}");
        assertEquals(303, signIn.status(), signIn.body());
        String session = signIn.sessionToken().orElseThrow();
        String username = Api.as(session).get("/api/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("recruiter", "employee")).extract().path("username");
        Scim.client().get("/scim/v2/Users/" + scimId).then().statusCode(200).body("userName", equalTo(upn));
        String providerToken = IdentityProvider.accessToken("entra-oid-" + upn, Map.of("email", upn));
        Api.as(providerToken).get("/api/me").then().statusCode(200).body("username", equalTo(username));

        String script = Api.as(session).body(Map.of("name", "Wekelijkse export", "scopes", List.of("read")))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        Api.as(script).get("/api/feed").then().statusCode(200);
        Api.as(script).body(Map.of("body", "Dit mag een script met alleen leesrechten niet plaatsen"))
                .post("/api/posts").then().statusCode(403);

        Scim.client().body(Scim.setActive("False")).patch("/scim/v2/Users/" + scimId).then().statusCode(200)
                .body("active", equalTo(false));

        Api.as(session).get("/api/me").then().statusCode(401);
        Api.as(providerToken).get("/api/me").then().statusCode(401);
        Api.as(script).get("/api/feed").then().statusCode(401);
        assertEquals(403, CodeFlow.signIn("entra-oid-" + upn, "{\"email\": \"" + upn + "\"}").status());

        // Back from leave: a fresh sign-in works, but nothing from before comes back to life.
        Scim.client().body(Scim.setActive("True")).patch("/scim/v2/Users/" + scimId).then().statusCode(200);
        Api.as(script).get("/api/feed").then().statusCode(401);
        Api.as(session).get("/api/me").then().statusCode(401);
        String again = CodeFlow.signIn("entra-oid-" + upn, "{\"email\": \"" + upn + "\"}").sessionToken()
                .orElseThrow();
        Api.as(again).get("/api/me").then().statusCode(200).body("username", equalTo(username));
    }
}
