package nl.relay.accounts.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What Relay's SCIM service supports (RFC 7644 section 4): ServiceProviderConfig, ResourceTypes and Schemas. Only
 * Users; PATCH and filters yes; bulk, sorting, ETags and password changes no.
 */
@Path("/scim/v2")
@PermitAll
@Tag(name = "SCIM provisioning")
@Produces({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimDiscoveryResource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String SERVICE_PROVIDER_CONFIG = """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
             "patch": {"supported": true},
             "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
             "filter": {"supported": true, "maxResults": 100},
             "changePassword": {"supported": false},
             "sort": {"supported": false},
             "etag": {"supported": false},
             "authenticationSchemes": [{"type": "oauthbearertoken", "name": "Provisioning token",
               "description": "The bearer token configured as relay.scim.token", "primary": true}],
             "meta": {"resourceType": "ServiceProviderConfig"}}""";

    private static final String USER_RESOURCE_TYPE = """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
             "id": "User", "name": "User", "endpoint": "/Users", "description": "An employee's Relay account",
             "schema": "urn:ietf:params:scim:schemas:core:2.0:User", "schemaExtensions": [],
             "meta": {"resourceType": "ResourceType"}}""";

    private static final String USER_SCHEMA = """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
             "id": "urn:ietf:params:scim:schemas:core:2.0:User", "name": "User", "description": "An employee",
             "attributes": [
              {"name": "userName", "type": "string", "multiValued": false, "required": true, "caseExact": false,
               "mutability": "readWrite", "returned": "default", "uniqueness": "server",
               "description": "The identity provider's name for the person, often the UPN"},
              {"name": "name", "type": "complex", "multiValued": false, "required": false, "mutability": "readWrite",
               "returned": "default", "uniqueness": "none",
               "description": "Relay keeps one name: formatted is the display name; givenName and familyName name a new user without displayName and are not kept",
               "subAttributes": [
                {"name": "formatted", "type": "string", "multiValued": false, "required": false, "caseExact": false,
                 "mutability": "readWrite", "returned": "default", "uniqueness": "none"},
                {"name": "givenName", "type": "string", "multiValued": false, "required": false, "caseExact": false,
                 "mutability": "writeOnly", "returned": "never", "uniqueness": "none"},
                {"name": "familyName", "type": "string", "multiValued": false, "required": false, "caseExact": false,
                 "mutability": "writeOnly", "returned": "never", "uniqueness": "none"}]},
              {"name": "displayName", "type": "string", "multiValued": false, "required": false, "caseExact": false,
               "mutability": "readWrite", "returned": "default", "uniqueness": "none",
               "description": "The name Relay shows, at most 100 characters"},
              {"name": "emails", "type": "complex", "multiValued": true, "required": false, "mutability": "readWrite",
               "returned": "default", "uniqueness": "none", "description": "Relay keeps one address, the work one",
               "subAttributes": [
                {"name": "value", "type": "string", "multiValued": false, "required": false, "caseExact": false,
                 "mutability": "readWrite", "returned": "default", "uniqueness": "none"},
                {"name": "type", "type": "string", "multiValued": false, "required": false, "caseExact": false,
                 "canonicalValues": ["work"], "mutability": "readWrite", "returned": "default", "uniqueness": "none"},
                {"name": "primary", "type": "boolean", "multiValued": false, "required": false,
                 "mutability": "readWrite", "returned": "default"}]},
              {"name": "active", "type": "boolean", "multiValued": false, "required": false, "mutability": "readWrite",
               "returned": "default", "description": "false ends every session of the person at once"},
              {"name": "externalId", "type": "string", "multiValued": false, "required": false, "caseExact": true,
               "mutability": "readWrite", "returned": "default", "uniqueness": "server"}],
             "meta": {"resourceType": "Schema"}}""";

    @GET
    @Path("/ServiceProviderConfig")
    @Operation(summary = "What Relay's SCIM service supports")
    @APIResponse(responseCode = "200", description = "ServiceProviderConfig", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response serviceProviderConfig(@Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(located(SERVICE_PROVIDER_CONFIG, uri, "ServiceProviderConfig"), headers);
    }

    @GET
    @Path("/ResourceTypes")
    @Operation(summary = "The SCIM resource types: User only")
    @APIResponse(responseCode = "200", description = "A ListResponse of ResourceType", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response resourceTypes(@Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(list(located(USER_RESOURCE_TYPE, uri, "ResourceTypes/User")), headers);
    }

    @GET
    @Path("/ResourceTypes/{id}")
    @Operation(summary = "One SCIM resource type")
    @APIResponse(responseCode = "200", description = "ResourceType", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such resource type", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    public Response resourceType(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        if (!id.equals("User")) {
            throw new ScimError(404, null, "Relay has only the resource type User.");
        }
        return answer(located(USER_RESOURCE_TYPE, uri, "ResourceTypes/User"), headers);
    }

    @GET
    @Path("/Schemas")
    @Operation(summary = "The SCIM schemas: User only")
    @APIResponse(responseCode = "200", description = "A ListResponse of Schema", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response schemas(@Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(list(located(USER_SCHEMA, uri, "Schemas/" + ScimUser.SCHEMA)), headers);
    }

    @GET
    @Path("/Schemas/{id}")
    @Operation(summary = "One SCIM schema")
    @APIResponse(responseCode = "200", description = "Schema", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such schema", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    public Response schema(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        if (!id.equals(ScimUser.SCHEMA)) {
            throw new ScimError(404, null, "Relay has only the schema " + ScimUser.SCHEMA + ".");
        }
        return answer(located(USER_SCHEMA, uri, "Schemas/" + ScimUser.SCHEMA), headers);
    }

    /** SCIM resources Relay does not have (Groups, Bulk, Me) answer 404 as a SCIM error, not as a problem. */
    @GET
    @Path("/{unknown: .*}")
    @Operation(hidden = true)
    public void unknownGet() {
        throw unknown();
    }

    @POST
    @Path("/{unknown: .*}")
    @Operation(hidden = true)
    public void unknownPost() {
        throw unknown();
    }

    @PUT
    @Path("/{unknown: .*}")
    @Operation(hidden = true)
    public void unknownPut() {
        throw unknown();
    }

    @PATCH
    @Path("/{unknown: .*}")
    @Operation(hidden = true)
    public void unknownPatch() {
        throw unknown();
    }

    @DELETE
    @Path("/{unknown: .*}")
    @Operation(hidden = true)
    public void unknownDelete() {
        throw unknown();
    }

    private static ScimError unknown() {
        return new ScimError(404, null, "Relay's SCIM service has Users only (and ServiceProviderConfig, "
                + "ResourceTypes, Schemas).");
    }

    @ServerExceptionMapper
    public Response scim(ScimError e, HttpHeaders headers) {
        return e.response(headers);
    }

    private static ObjectNode located(String json, UriInfo uri, String path) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(json);
            ((ObjectNode) node.get("meta")).put("location", uri.getBaseUri().resolve("scim/v2/" + path).toString());
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Relay's own SCIM description is not JSON", e);
        }
    }

    private static ObjectNode list(JsonNode resource) {
        ObjectNode list = MAPPER.createObjectNode();
        list.putArray("schemas").add(ListResponse.SCHEMA);
        list.put("totalResults", 1).put("startIndex", 1).put("itemsPerPage", 1);
        list.putArray("Resources").add(resource);
        return list;
    }

    private static Response answer(JsonNode body, HttpHeaders headers) {
        return ScimJson.answer(200, body, headers).build();
    }
}
