package nl.relay.accounts.scim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A SCIM request that cannot be served, answered as a SCIM Error (RFC 7644 section 3.12), never a problem. */
class ScimError extends RuntimeException {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private final int status;
    private final String scimType;

    ScimError(int status, String scimType, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.scimType = scimType;
    }

    static ScimError unauthorized() {
        return new ScimError(401, null, "The bearer token is missing or is not the provisioning token.");
    }

    static ScimError notFound() {
        return new ScimError(404, null, "There is no such user.");
    }

    static ScimError invalidSyntax(String detail) {
        return new ScimError(400, "invalidSyntax", detail);
    }

    static ScimError invalidValue(String detail) {
        return new ScimError(400, "invalidValue", detail);
    }

    static ScimError invalidFilter(String detail) {
        return new ScimError(400, "invalidFilter", detail);
    }

    static ScimError invalidPath(String detail) {
        return new ScimError(400, "invalidPath", detail);
    }

    static ScimError uniqueness(String detail) {
        return new ScimError(409, "uniqueness", detail);
    }

    int status() {
        return status;
    }

    Response response() {
        return response(null);
    }

    Response response(HttpHeaders request) {
        Response.ResponseBuilder answer = ScimJson.answer(status, body(), request);
        if (status == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Relay SCIM\"");
        }
        return answer.build();
    }

    Body body() {
        return new Body(List.of(SCHEMA), Integer.toString(status), scimType, getMessage());
    }

    /** The error as SCIM writes it: the status is a string. */
    @Schema(name = "ScimError")
    @JsonPropertyOrder({"schemas", "status", "scimType", "detail"})
    record Body(List<String> schemas, String status, @Schema(nullable = true) String scimType, String detail) {
    }
}
