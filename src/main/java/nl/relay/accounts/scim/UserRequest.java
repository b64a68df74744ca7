package nl.relay.accounts.scim;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a whole User resource (the body of POST and PUT). Attributes Relay does not keep (phone numbers,
 * addresses, title, extension schemas) are ignored; userName is required.
 */
final class UserRequest {

    private UserRequest() {
    }

    static UserChange read(String body) {
        JsonNode user = ScimJson.object(body);
        UserChange change = new UserChange();
        change.userName = ScimValues.identifier(ScimJson.member(user, "userName"), "userName");
        if (change.userName == null) {
            throw ScimError.invalidValue("userName is required.");
        }
        change.externalId(ScimValues.identifier(ScimJson.member(user, "externalId"), "externalId"));
        change.displayName = ScimValues.text(ScimJson.member(user, "displayName"), "displayName");
        JsonNode name = ScimJson.member(user, "name");
        if (name != null && !name.isObject()) {
            throw ScimError.invalidValue("name must be an object.");
        }
        change.formattedName = ScimValues.text(ScimJson.member(name, "formatted"), "name.formatted");
        change.givenName = ScimValues.text(ScimJson.member(name, "givenName"), "name.givenName");
        change.familyName = ScimValues.text(ScimJson.member(name, "familyName"), "name.familyName");
        change.email = ScimValues.workEmail(ScimJson.member(user, "emails"));
        change.active = ScimValues.bool(ScimJson.member(user, "active"), "active");
        return change;
    }
}
