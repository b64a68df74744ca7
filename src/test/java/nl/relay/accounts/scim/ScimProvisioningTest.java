package nl.relay.accounts.scim;

import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import nl.relay.accounts.FreeUsername;
import nl.relay.testing.Api;
import nl.relay.testing.LiveEvents;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** Entra ID (or an HR system) provisions employees through SCIM 2.0, with the request shapes it really sends. */
@QuarkusTest
class ScimProvisioningTest {

    private static final String USERS = "/scim/v2/Users";

    @TestHTTPResource("/api/notifications/stream")
    URL streamUrl;

    @Test
    void entraCreatesAUserWithoutAPassword() {
        String userName = Scim.uniqueUserName();
        String externalId = UUID.randomUUID().toString();
        String email = "sanne." + UUID.randomUUID() + "@contoso.nl";
        String id = Scim.client().body(Scim.entraCreate(userName, externalId, email)).post(USERS)
                .then().statusCode(201)
                .contentType(Scim.MEDIA_TYPE)
                .header("Location", notNullValue())
                .body("schemas", hasItem("urn:ietf:params:scim:schemas:core:2.0:User"))
                .body("userName", equalTo(userName))
                .body("externalId", equalTo(externalId))
                .body("displayName", equalTo("Sanne de Wit"))
                .body("name.formatted", equalTo("Sanne de Wit"))
                .body("emails[0].value", equalTo(email))
                .body("emails[0].type", equalTo("work"))
                .body("emails[0].primary", equalTo(true))
                .body("active", equalTo(true))
                .body("meta.resourceType", equalTo("User"))
                .body("meta.created", notNullValue())
                .body("meta.lastModified", notNullValue())
                .extract().path("id");
        Scim.client().get(USERS + "/" + id).then().statusCode(200)
                .body("meta.location", endsWith(USERS + "/" + id)).body("userName", equalTo(userName));

        // In Relay: an employee with a username made from the userName, who cannot sign in with a password.
        String username = FreeUsername.base(userName);
        Api.as(People.adminToken()).get("/api/accounts/" + username).then().statusCode(200)
                .body("displayName", equalTo("Sanne de Wit")).body("email", equalTo(email))
                .body("roles", equalTo(java.util.List.of("employee")));
    }

    @Test
    void theLocationHeaderNamesTheNewUser() {
        String userName = Scim.uniqueUserName();
        var answer = Scim.client().body(Scim.entraCreate(userName, UUID.randomUUID().toString(), userName))
                .post(USERS).then().statusCode(201).extract();
        assertEquals(answer.path("meta.location"), answer.header("Location"));
        assertNotEquals(null, answer.header("Location"));
    }

    @Test
    void filtersFindByUserNameInAnyCaseAndByExternalId() {
        String userName = Scim.uniqueUserName();
        String externalId = UUID.randomUUID().toString();
        String id = Scim.client().body(Scim.entraCreate(userName, externalId, userName)).post(USERS)
                .then().statusCode(201).extract().path("id");
        Scim.client().queryParam("filter", "userName eq \"" + userName.toLowerCase() + "\"").get(USERS)
                .then().statusCode(200)
                .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:ListResponse"))
                .body("totalResults", equalTo(1)).body("startIndex", equalTo(1)).body("itemsPerPage", equalTo(1))
                .body("Resources[0].id", equalTo(id));
        Scim.client().queryParam("filter", "externalId eq \"" + externalId + "\"").get(USERS)
                .then().statusCode(200).body("Resources[0].id", equalTo(id));
        // Entra's "Test connection" looks for a user that does not exist.
        Scim.client().queryParam("filter", "userName eq \"" + UUID.randomUUID() + "\"").get(USERS)
                .then().statusCode(200).body("totalResults", equalTo(0)).body("Resources", emptyIterable());
    }

    @Test
    void withoutAFilterUsersComeInPages() {
        Scim.create(Scim.uniqueUserName());
        Scim.create(Scim.uniqueUserName());
        Scim.client().queryParam("startIndex", "1").queryParam("count", "1").get(USERS).then().statusCode(200)
                .body("itemsPerPage", equalTo(1)).body("Resources.size()", equalTo(1))
                .body("totalResults", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        Scim.client().queryParam("count", "0").get(USERS).then().statusCode(200)
                .body("itemsPerPage", equalTo(0)).body("Resources", emptyIterable());
        Scim.client().queryParam("startIndex", "999999999").get(USERS).then().statusCode(200)
                .body("Resources", emptyIterable());
    }

    @Test
    void putReplacesNameAddressAndExternalId() {
        String userName = Scim.uniqueUserName();
        String id = Scim.create(userName);
        String newName = Scim.uniqueUserName();
        String email = "nieuw." + UUID.randomUUID() + "@contoso.nl";
        Scim.client().body("""
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "%s", "userName": "%s",
                 "displayName": "Sanne Jansen", "emails": [{"type": "work", "value": "%s", "primary": true}],
                 "active": true}""".formatted(id, newName, email))
                .put(USERS + "/" + id).then().statusCode(200)
                .body("userName", equalTo(newName)).body("displayName", equalTo("Sanne Jansen"))
                .body("emails[0].value", equalTo(email)).body("externalId", nullValue());
        Scim.client().queryParam("filter", "userName eq \"" + userName + "\"").get(USERS).then()
                .body("totalResults", equalTo(0));
    }

    @Test
    void patchChangesWhatEntraSends() {
        String id = Scim.create(Scim.uniqueUserName());
        String email = "gewijzigd." + UUID.randomUUID() + "@contoso.nl";
        String externalId = UUID.randomUUID().toString();
        Scim.client()
                .body("""
                        {"schemas": ["%s"], "Operations": [
                          {"op": "Replace", "path": "displayName", "value": "Sanne van Dijk"},
                          {"op": "Add", "path": "emails[type eq \\"work\\"].value", "value": "%s"},
                          {"op": "Replace", "path": "name.givenName", "value": "Sanne"},
                          {"op": "Replace", "path": "externalId", "value": "%s"},
                          {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "Werving"}
                        ]}"""
                        .formatted(Scim.PATCH_OP, email, externalId))
                .patch(USERS + "/" + id).then().statusCode(200)
                .body("displayName", equalTo("Sanne van Dijk")).body("emails[0].value", equalTo(email))
                .body("externalId", equalTo(externalId));
        Scim.client().body("""
                {"schemas": ["%s"], "Operations": [{"op": "replace", "value": {"active": false}}]}"""
                .formatted(Scim.PATCH_OP))
                .patch(USERS + "/" + id).then().statusCode(200).body("active", equalTo(false));
        Scim.client().body(Scim.setActive("True")).patch(USERS + "/" + id).then().statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void hrDeactivationLocksTheEmployeeOutOnTheirNextRequest() {
        Person person = People.employee();
        Api.as(person).get("/api/me").then().statusCode(200);
        // Provisioning the local account links it: the same account, no second one.
        String userName = person.username() + "@example.nl";
        String id = Scim.client().body(Scim.entraCreate(userName, UUID.randomUUID().toString(), userName))
                .post(USERS).then().statusCode(201).extract().path("id");
        Api.as(person).get("/api/me").then().statusCode(200);
        Api.as(People.adminToken()).get("/api/accounts/" + person.username()).then().statusCode(200)
                .body("displayName", equalTo("Sanne de Wit"));

        Scim.client().body(Scim.setActive("False")).patch(USERS + "/" + id).then().statusCode(200)
                .body("active", equalTo(false));

        Api.as(person).get("/api/me").then().statusCode(401);
        Api.anonymous().header("X-Forwarded-For", People.freshAddress())
                .body(java.util.Map.of("username", person.username(), "password", person.password()))
                .post("/api/auth/login").then().statusCode(401);

        // Reactivated, they sign in again (the old session stays ended).
        Scim.client().body(Scim.setActive("True")).patch(USERS + "/" + id).then().statusCode(200);
        Api.as(person).get("/api/me").then().statusCode(401);
        Api.as(People.signIn(person.username(), person.password())).get("/api/me").then().statusCode(200);
    }

    @Test
    void deactivationThroughScimClosesAnOpenLiveStream() throws Exception {
        Person person = People.employee();
        String id = Scim.create(person.username() + "@example.nl");
        try (LiveEvents events = new LiveEvents(streamUrl, person.token(), null)) {
            Scim.client().body(Scim.setActive("False")).patch(USERS + "/" + id).then().statusCode(200);
            Wait.until(events::ended);
            assertTrue(events.eventNames().contains("session-ended"), events.eventNames().toString());
        }
    }

    @Test
    void aPersonWithTwoLocalAccountsIsNotLinkedToEitherByGuess() {
        Person first = People.employee();
        Person second = People.employee();
        String address = first.username() + "@example.nl";
        Api.as(People.adminToken()).body(Map.of("email", address)).patch("/api/accounts/" + second.username())
                .then().statusCode(200);
        scimError(Scim.client().body(Scim.entraCreate(address, UUID.randomUUID().toString(), address)).post(USERS)
                .then(), 409).body("scimType", equalTo("uniqueness"));
        Scim.client().queryParam("filter", "userName eq \"" + address + "\"").get(USERS).then()
                .body("totalResults", equalTo(0));
    }

    @Test
    void deletionDeactivatesButThePostsStay() {
        Person person = People.employee();
        long post = Posts.publish(person, "Vandaag onze nieuwe vestiging in Utrecht geopend, kom gerust langs!");
        String userName = person.username() + "@example.nl";
        String id = Scim.create(userName);

        Scim.client().delete(USERS + "/" + id).then().statusCode(204);

        scimError(Scim.client().get(USERS + "/" + id).then(), 404);
        scimError(Scim.client().body(Scim.setActive("True")).patch(USERS + "/" + id).then(), 404);
        scimError(Scim.client().delete(USERS + "/" + id).then(), 404);
        Scim.client().queryParam("filter", "userName eq \"" + userName + "\"").get(USERS).then()
                .body("totalResults", equalTo(0));
        Api.as(person).get("/api/me").then().statusCode(401);
        Api.as(People.employee()).get("/api/posts/" + post).then().statusCode(200)
                .body("body", startsWith("Vandaag onze nieuwe vestiging"));
        Api.as(People.adminToken()).get("/api/accounts/" + person.username()).then().statusCode(200)
                .body("active", equalTo(false));

        // Provisioned again (a rehire), the person gets their own account back, active.
        Scim.client().body(Scim.entraCreate(userName, UUID.randomUUID().toString(), userName)).post(USERS).then()
                .statusCode(201).body("id", equalTo(id)).body("active", equalTo(true));
    }

    @Test
    void aUserNameOrExternalIdCanBeProvisionedOnce() {
        String userName = Scim.uniqueUserName();
        String externalId = UUID.randomUUID().toString();
        Scim.client().body(Scim.entraCreate(userName, externalId, userName)).post(USERS).then().statusCode(201);
        scimError(Scim.client().body(Scim.entraCreate(userName.toUpperCase(), UUID.randomUUID().toString(),
                userName)).post(USERS).then(), 409).body("scimType", equalTo("uniqueness"));
        String other = Scim.uniqueUserName();
        scimError(Scim.client().body(Scim.entraCreate(other, externalId, other)).post(USERS).then(), 409)
                .body("scimType", equalTo("uniqueness"));
        String second = Scim.create(Scim.uniqueUserName());
        scimError(Scim.client().body("""
                {"schemas": ["%s"], "Operations": [{"op": "Replace", "path": "userName", "value": "%s"}]}"""
                .formatted(Scim.PATCH_OP, userName)).patch(USERS + "/" + second).then(), 409)
                .body("scimType", equalTo("uniqueness"));
    }

    @Test
    void onlyTheProvisioningTokenOpensScim() {
        scimError(io.restassured.RestAssured.given().accept(Scim.MEDIA_TYPE).get(USERS).then(), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        scimError(io.restassured.RestAssured.given().header("Authorization", "Bearer wrong-token").get(USERS)
                .then(), 401);
        // A Relay session is no provisioning token, not even an admin's.
        scimError(io.restassured.RestAssured.given().header("Authorization", "Bearer " + People.adminToken())
                .get(USERS).then(), 401);
        scimError(io.restassured.RestAssured.given().contentType(Scim.MEDIA_TYPE)
                .header("Authorization", "Bearer wrong-token")
                .body(Scim.entraCreate(Scim.uniqueUserName(), "x", "x@contoso.nl")).post(USERS).then(), 401);
        // Nor is the provisioning token a Relay session.
        Api.as(Scim.TOKEN).get("/api/me").then().statusCode(401);
    }

    @Test
    void badRequestsAreScimErrorsAndChangeNothing() {
        scimError(Scim.client().body("{\"userName\": ").post(USERS).then(), 400).body("scimType",
                equalTo("invalidSyntax"));
        scimError(Scim.client().body("[]").post(USERS).then(), 400).body("scimType", equalTo("invalidSyntax"));
        scimError(Scim.client().body("").post(USERS).then(), 400).body("scimType", equalTo("invalidSyntax"));
        scimError(Scim.client().body("{\"displayName\": \"Zonder naam\"}").post(USERS).then(), 400)
                .body("scimType", equalTo("invalidValue"));
        scimError(Scim.client().body("{\"userName\": \"geen-adres\"}").post(USERS).then(), 400)
                .body("scimType", equalTo("invalidValue"));
        String tooLong = "x".repeat(101);
        String userName = Scim.uniqueUserName();
        scimError(Scim.client().body("{\"userName\": \"%s\", \"displayName\": \"%s\"}".formatted(userName, tooLong))
                .post(USERS).then(), 400).body("scimType", equalTo("invalidValue"));
        Scim.client().queryParam("filter", "userName eq \"" + userName + "\"").get(USERS).then()
                .body("totalResults", equalTo(0));
        scimError(Scim.client().queryParam("filter", "displayName co \"Sanne\"").get(USERS).then(), 400)
                .body("scimType", equalTo("invalidFilter"));
        scimError(Scim.client().queryParam("filter", "userName eq \"a\\u0000b\"").get(USERS).then(), 400)
                .body("scimType", equalTo("invalidFilter"));
        scimError(Scim.client().queryParam("count", "veel").get(USERS).then(), 400)
                .body("scimType", equalTo("invalidValue"));
        String id = Scim.create(Scim.uniqueUserName());
        scimError(Scim.client().body("{\"Operations\": [{\"op\": \"Replace\", \"path\": \"active\", "
                + "\"value\": \"misschien\"}]}").patch(USERS + "/" + id).then(), 400)
                .body("scimType", equalTo("invalidValue"));
        scimError(Scim.client().body("{\"Operations\": [{\"op\": \"Replace\", \"path\": \"schoenmaat\", "
                + "\"value\": 43}]}").patch(USERS + "/" + id).then(), 400)
                .body("scimType", equalTo("invalidPath"));
        scimError(Scim.client().body("{\"Operations\": [{\"op\": \"Replace\", \"path\": \"emails[type eq "
                + "\\\"work\\\"].value\", \"value\": \"geen adres\"}]}").patch(USERS + "/" + id).then(), 400)
                .body("scimType", equalTo("invalidValue"));
        Scim.client().get(USERS + "/" + id).then().statusCode(200).body("active", equalTo(true));
        scimError(Scim.client().get(USERS + "/niet-een-id").then(), 404);
        scimError(Scim.client().get(USERS + "/99999999999").then(), 404);
    }

    @Test
    void localAccountsThatWereNeverProvisionedAreNotScimUsers() {
        Person person = People.employee();
        Scim.client().queryParam("filter", "userName eq \"" + person.username() + "\"").get(USERS).then()
                .body("totalResults", equalTo(0));
    }

    @Test
    void plainJsonIsAcceptedAndAnswered() {
        String userName = Scim.uniqueUserName();
        io.restassured.RestAssured.given().contentType("application/json").accept("application/json")
                .header("Authorization", "Bearer " + Scim.TOKEN)
                .body(Scim.entraCreate(userName, UUID.randomUUID().toString(), userName)).post(USERS)
                .then().statusCode(201).contentType("application/json").body("userName", equalTo(userName));
    }

    @Test
    void theServiceDescribesItself() {
        Scim.client().get("/scim/v2/ServiceProviderConfig").then().statusCode(200).contentType(Scim.MEDIA_TYPE)
                .body("patch.supported", equalTo(true)).body("filter.supported", equalTo(true))
                .body("filter.maxResults", equalTo(100)).body("bulk.supported", equalTo(false))
                .body("sort.supported", equalTo(false)).body("etag.supported", equalTo(false))
                .body("changePassword.supported", equalTo(false))
                .body("authenticationSchemes[0].type", equalTo("oauthbearertoken"));
        Scim.client().get("/scim/v2/ResourceTypes").then().statusCode(200)
                .body("Resources[0].endpoint", equalTo("/Users"))
                .body("Resources[0].meta.location", endsWith("/scim/v2/ResourceTypes/User"));
        Scim.client().get("/scim/v2/Schemas").then().statusCode(200)
                .body("Resources[0].id", equalTo("urn:ietf:params:scim:schemas:core:2.0:User"))
                .body("Resources[0].attributes.name", hasItem("userName"));
        Scim.client().get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").then().statusCode(200);
        scimError(Scim.client().get("/scim/v2/ResourceTypes/Group").then(), 404);
        scimError(Scim.client().get("/scim/v2/Groups").then(), 404);
        scimError(Scim.client().body("{}").post("/scim/v2/Bulk").then(), 404);
        Scim.client().body("{}").put(USERS).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(405)));
    }

    private static ValidatableResponse scimError(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(Scim.MEDIA_TYPE)
                .body("schemas", hasItem("urn:ietf:params:scim:api:messages:2.0:Error"))
                .body("status", equalTo(Integer.toString(status))).body("detail", notNullValue());
    }
}
