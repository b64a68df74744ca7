package nl.relay.accounts.scim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SCIM User resource (RFC 7643 section 4.1) of a provisioned account, as Relay answers it. */
@Schema(name = "ScimUser", description = "A SCIM 2.0 User. In requests Relay reads userName, externalId, "
        + "displayName, name, emails and active, and ignores other attributes.")
@JsonPropertyOrder({"schemas", "id", "externalId", "userName", "name", "displayName", "emails", "active", "meta"})
record ScimUser(List<String> schemas, String id, @Schema(nullable = true) String externalId, String userName,
        Name name, String displayName, List<Email> emails, boolean active, Meta meta) {

    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

    static ScimUser of(ProvisionedUser user, URI base) {
        String id = Long.toString(user.id());
        return new ScimUser(List.of(SCHEMA), id, user.externalId(), user.userName(),
                new Name(user.displayName()), user.displayName(), List.of(new Email(user.email(), "work", true)),
                user.active(), new Meta("User", user.created().toString(), user.modified().toString(),
                        location(base, id)));
    }

    static String location(URI base, String id) {
        return base.resolve("scim/v2/Users/" + id).toString();
    }

    /** Relay keeps one name, the display name; given and family names are not kept. */
    record Name(String formatted) {
    }

    record Email(String value, String type, boolean primary) {
    }

    @JsonPropertyOrder({"resourceType", "created", "lastModified", "location"})
    record Meta(String resourceType, String created, String lastModified, String location) {
    }
}
