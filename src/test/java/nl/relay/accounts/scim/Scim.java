package nl.relay.accounts.scim;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** REST Assured as a provisioning system: the test token, SCIM's media type, and Entra ID's request bodies. */
final class Scim {

    /** The token of the shared test application ({@code %test.relay.scim.token}). */
    static final String TOKEN = "test-scim-token-0123456789abcdef0123456789";
    static final String MEDIA_TYPE = "application/scim+json";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private Scim() {
    }

    static RequestSpecification client() {
        return given().contentType(MEDIA_TYPE).accept(MEDIA_TYPE).header("Authorization", "Bearer " + TOKEN);
    }

    static String uniqueUserName() {
        return "Test_User_" + UUID.randomUUID() + "@testuser.com";
    }

    /** The body Entra ID sends to create a user (Microsoft's "Develop a SCIM endpoint" tutorial). */
    static String entraCreate(String userName, String externalId, String email) {
        return """
                {
                  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                  "externalId": "%s",
                  "userName": "%s",
                  "active": true,
                  "emails": [{"primary": true, "type": "work", "value": "%s"}],
                  "meta": {"resourceType": "User"},
                  "name": {"formatted": "Sanne de Wit", "familyName": "de Wit", "givenName": "Sanne"},
                  "roles": [],
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Werving"}
                }""".formatted(externalId, userName, email);
    }

    /** Creates a user as Entra ID would and answers its SCIM id. */
    static String create(String userName) {
        return client().body(entraCreate(userName, UUID.randomUUID().toString(), userName)).post("/scim/v2/Users")
                .then().statusCode(201).extract().path("id");
    }

    /** Entra ID's deactivation: capitalised op, the boolean as a string. */
    static String setActive(String value) {
        return """
                {"schemas": ["%s"], "Operations": [{"op": "Replace", "path": "active", "value": "%s"}]}"""
                .formatted(PATCH_OP, value);
    }
}
