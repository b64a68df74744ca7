package nl.relay.accounts.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PATCH bodies in the shapes Entra ID sends, and the ones Relay refuses. */
class PatchRequestTest {

    private static UserChange read(String operations) {
        return PatchRequest.read("{\"schemas\":[\"" + PatchRequest.SCHEMA + "\"],\"Operations\":[" + operations
                + "]}");
    }

    private static ScimError refused(String operations) {
        return assertThrows(ScimError.class, () -> read(operations));
    }

    @Test
    void entraDeactivatesWithACapitalisedOpAndABooleanAsString() {
        assertEquals(Boolean.FALSE, read("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}").active);
        assertEquals(Boolean.TRUE, read("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}").active);
    }

    @Test
    void aValueObjectWithoutPathSetsItsAttributes() {
        UserChange change = read("{\"op\":\"replace\",\"value\":{\"active\":false,\"displayName\":\"Sanne de Wit\"}}");
        assertEquals(Boolean.FALSE, change.active);
        assertEquals("Sanne de Wit", change.displayName);
    }

    @Test
    void theWorkAddressByItsFilterPath() {
        assertEquals("sanne@contoso.nl",
                read("{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"sanne@contoso.nl\"}").email);
        assertNull(read(
                "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"home\\\"].value\",\"value\":\"s@thuis.nl\"}").email);
        assertEquals("s@contoso.nl", read("{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"type\":\"home\","
                + "\"value\":\"s@thuis.nl\"},{\"type\":\"work\",\"value\":\"s@contoso.nl\"}]}").email);
    }

    @Test
    void identifiersAndNames() {
        UserChange change = read("""
                {"op":"Replace","path":"userName","value":"sanne.dewit@contoso.nl"},
                {"op":"Replace","path":"externalId","value":"e3b0c442"},
                {"op":"Replace","path":"displayName","value":"Sanne de Wit-Jansen"},
                {"op":"Replace","path":"name.givenName","value":"Sanne"},
                {"op":"Replace","path":"name.formatted","value":"S. de Wit"}""");
        assertEquals("sanne.dewit@contoso.nl", change.userName);
        assertEquals("e3b0c442", change.externalId);
        assertEquals("Sanne de Wit-Jansen", change.requestedDisplayName());
        assertEquals("S. de Wit", change.formattedName);
        assertTrue(read("{\"op\":\"Remove\",\"path\":\"externalId\"}").externalIdGiven);
        assertFalse(read("{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"x\"}").externalIdGiven);
    }

    @Test
    void attributesRelayDoesNotKeepAreIgnored() {
        UserChange change = read(
                """
                        {"op":"Add","path":"title","value":"Recruiter"},
                        {"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"0612345678"},
                        {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Werving"},
                        {"op":"Replace","path":"urn:ietf:params:scim:schemas:core:2.0:User:active","value":false}""");
        assertEquals(Boolean.FALSE, change.active);
        assertNull(change.email);
        assertNull(change.displayName);
    }

    @Test
    void whatRelayCannotDoIsRefused() {
        assertEquals("invalidPath", refused("{\"op\":\"replace\",\"path\":\"favouriteColour\",\"value\":\"x\"}")
                .body().scimType());
        assertEquals("invalidSyntax", refused("{\"op\":\"move\",\"path\":\"active\",\"value\":true}").body()
                .scimType());
        assertEquals("invalidValue", refused("{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}").body()
                .scimType());
        assertEquals("invalidValue", refused("{\"op\":\"remove\",\"path\":\"userName\"}").body().scimType());
        assertEquals("noTarget", refused("{\"op\":\"remove\"}").body().scimType());
        assertEquals("invalidValue", refused("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":42}").body()
                .scimType());
        assertEquals("invalidSyntax", assertThrows(ScimError.class, () -> PatchRequest.read("{\"Operations\":[]}"))
                .body().scimType());
        assertEquals("invalidSyntax", assertThrows(ScimError.class, () -> PatchRequest.read("[1,2"))
                .body().scimType());
    }

    @Test
    void filtersByUserNameOrExternalId() {
        assertEquals(new UserFilter(UserFilter.Attribute.USER_NAME, "a\"b@x.nl"),
                UserFilter.parse("userName eq \"a\\\"b@x.nl\""));
        assertEquals(new UserFilter(UserFilter.Attribute.EXTERNAL_ID, "42"), UserFilter.parse("EXTERNALID EQ \"42\""));
        assertEquals("invalidFilter", assertThrows(ScimError.class,
                () -> UserFilter.parse("displayName co \"x\"")).body().scimType());
        assertEquals("invalidFilter", assertThrows(ScimError.class,
                () -> UserFilter.parse("userName eq \"a\\u0000\"")).body().scimType());
        assertEquals("invalidFilter", assertThrows(ScimError.class,
                () -> UserFilter.parse("userName eq \"a\\u00\"")).body().scimType());
    }
}
