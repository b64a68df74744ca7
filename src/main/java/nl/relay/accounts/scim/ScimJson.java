package nl.relay.accounts.scim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import java.util.Map;

/**
 * SCIM's JSON: bodies are read as trees (provisioning systems send many attributes Relay does not keep, which
 * the API's strict reading would refuse), answers are written without null members, as application/scim+json
 * unless the client asked for plain JSON only.
 */
final class ScimJson {

    static final String MEDIA_TYPE = "application/scim+json";
    static final MediaType SCIM = MediaType.valueOf(MEDIA_TYPE);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ScimJson() {
    }

    /** The body as a JSON object; anything else is a SCIM invalidSyntax error. */
    static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ScimError.invalidSyntax("A JSON body is required.");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ScimError.invalidSyntax("The body is not valid JSON.");
        }
        if (tree == null || !tree.isObject()) {
            throw ScimError.invalidSyntax("The body must be a JSON object.");
        }
        return tree;
    }

    /** A member of a SCIM object by name: attribute names are case-insensitive (RFC 7643 section 2.1). */
    static JsonNode member(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().isNull() ? null : field.getValue();
            }
        }
        return null;
    }

    static Response.ResponseBuilder answer(int status, Object body, HttpHeaders request) {
        return Response.status(status).type(mediaType(request)).entity(write(body));
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A SCIM answer could not be written", e);
        }
    }

    /** Plain JSON only for a client that accepts it and not SCIM's own type. */
    private static MediaType mediaType(HttpHeaders request) {
        if (request == null) {
            return SCIM;
        }
        boolean json = false;
        for (MediaType accepted : request.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(SCIM) && !accepted.isWildcardType() && !accepted.isWildcardSubtype()) {
                return SCIM;
            }
            json |= accepted.getType().equalsIgnoreCase("application")
                    && accepted.getSubtype().equalsIgnoreCase("json");
        }
        return json ? MediaType.APPLICATION_JSON_TYPE : SCIM;
    }
}
