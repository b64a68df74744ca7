package nl.relay.accounts.scim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of SCIM resources (RFC 7644 section 3.4.2). */
@Schema(name = "ScimUserList")
@JsonPropertyOrder({"schemas", "totalResults", "startIndex", "itemsPerPage", "Resources"})
record ListResponse(List<String> schemas, long totalResults, long startIndex, int itemsPerPage,
        @JsonProperty("Resources") List<ScimUser> resources) {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    static ListResponse of(long totalResults, long startIndex, List<ScimUser> resources) {
        return new ListResponse(List.of(SCHEMA), totalResults, startIndex, resources.size(), resources);
    }
}
