package nl.relay.accounts.scim;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.errors.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * SCIM 2.0 Users (RFC 7644) for Entra ID and HR systems: create, read, find, replace, patch and delete
 * (deactivate) employees. Authenticated by {@link ScimGuard} with the provisioning token, not by Relay's
 * sessions: nothing here may touch Quarkus security, which would read that token as a Relay JWT.
 */
@Path("/scim/v2/Users")
@PermitAll
@Tag(name = "SCIM provisioning")
@Produces({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimUsersResource {

    private static final int MAX_COUNT = 100;
    private static final String BEARER = " Authenticated by the bearer provisioning token (relay.scim.token), not "
            + "by a Relay session; off (404) without it.";

    private final CreateProvisionedUser createUser;
    private final ChangeProvisionedUser changeUser;
    private final DeleteProvisionedUser deleteUser;
    private final EntityManager entityManager;

    ScimUsersResource(CreateProvisionedUser createUser, ChangeProvisionedUser changeUser,
            DeleteProvisionedUser deleteUser, EntityManager entityManager) {
        this.createUser = createUser;
        this.changeUser = changeUser;
        this.deleteUser = deleteUser;
        this.entityManager = entityManager;
    }

    @POST
    @Consumes({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Provision a user (SCIM)", description = "Links a local account whose e-mail address or "
            + "username is the userName (or whose address is the work address) instead of making a second one; "
            + "otherwise a new account without a password, role employee." + BEARER)
    @RequestBody(content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "201", description = "Provisioned", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or value", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    @APIResponse(responseCode = "401", description = "Not the provisioning token", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    @APIResponse(responseCode = "409", description = "The userName or externalId is taken (scimType uniqueness)", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    public Response create(String body, @Context UriInfo uri, @Context HttpHeaders headers) {
        ScimUser user = ScimUser.of(createUser.create(UserRequest.read(body)), uri.getBaseUri());
        return ScimJson.answer(201, user, headers).location(URI.create(user.meta().location())).build();
    }

    @GET
    @Operation(summary = "Find provisioned users (SCIM)", description = "filter: userName eq \"...\" or externalId "
            + "eq \"...\" (others answer 400 invalidFilter); without it every provisioned user, in pages of count "
            + "(at most 100) from startIndex (1-based)." + BEARER)
    @APIResponse(responseCode = "200", description = "A ListResponse", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ListResponse.class)))
    @APIResponse(responseCode = "400", description = "Unsupported filter or invalid paging", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    @APIResponse(responseCode = "401", description = "Not the provisioning token", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    public Response list(@QueryParam("filter") String filter, @QueryParam("startIndex") String startIndex,
            @QueryParam("count") String count, @Context UriInfo uri, @Context HttpHeaders headers) {
        long start = Math.max(1, number(startIndex, "startIndex", 1));
        int size = (int) Math.min(MAX_COUNT, Math.max(0, number(count, "count", MAX_COUNT)));
        if (filter != null && !filter.isBlank()) {
            List<ScimUser> found = find(UserFilter.parse(filter)).stream()
                    .map(user -> ScimUser.of(user, uri.getBaseUri())).toList();
            List<ScimUser> page = start > found.size()
                    ? List.of()
                    : found.subList((int) start - 1, (int) Math.min(found.size(), start - 1 + size));
            return ScimJson.answer(200, ListResponse.of(found.size(), start, page), headers).build();
        }
        List<ScimUser> page = size == 0
                ? List.of()
                : ProvisionedUser.page(entityManager, start - 1, size).stream()
                        .map(user -> ScimUser.of(user, uri.getBaseUri())).toList();
        return ScimJson.answer(200, ListResponse.of(ProvisionedUser.count(entityManager), start, page), headers)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One provisioned user (SCIM)", description = "404 for an account SCIM never provisioned "
            + "or deleted." + BEARER)
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        ProvisionedUser user = ScimIds.parse(id).flatMap(known -> ProvisionedUser.byId(entityManager, known))
                .orElseThrow(ScimError::notFound);
        return userAnswer(user, uri, headers);
    }

    @PUT
    @Path("/{id}")
    @Consumes({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Replace a provisioned user (SCIM)", description = "An absent externalId is removed; "
            + "absent displayName, emails and active stay as they are." + BEARER)
    @RequestBody(content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "200", description = "The user as replaced", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or value", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    @APIResponse(responseCode = "409", description = "userName or externalId taken, or the last active admin", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    public Response replace(@PathParam("id") String id, String body, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        ProvisionedUser user = changeUser.change(id, UserRequest.read(body));
        return userAnswer(user, uri, headers);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ScimJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a provisioned user (SCIM PatchOp)", description = "active false deactivates: "
            + "every session ends on its next request, open live streams close; true reactivates." + BEARER)
    @RequestBody(content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = PatchOpDocument.class)))
    @APIResponse(responseCode = "200", description = "The user as changed", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "400", description = "Invalid operation, path or value", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    @APIResponse(responseCode = "409", description = "userName or externalId taken, or the last active admin", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    public Response patch(@PathParam("id") String id, String body, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        ProvisionedUser user = changeUser.change(id, PatchRequest.read(body));
        return userAnswer(user, uri, headers);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a provisioned user (SCIM)", description = "Deactivates the account, which keeps "
            + "its posts; SCIM answers 404 for it from then on. Creating the same userName again brings it back."
            + BEARER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    @APIResponse(responseCode = "409", description = "The last active admin", content = @Content(mediaType = ScimJson.MEDIA_TYPE, schema = @Schema(implementation = ScimError.Body.class)))
    public Response delete(@PathParam("id") String id) {
        deleteUser.delete(id);
        return Response.noContent().build();
    }

    /** The user as SCIM shows it, in the media type the client asked for. */
    private static Response userAnswer(ProvisionedUser user, UriInfo uri, HttpHeaders headers) {
        return ScimJson.answer(200, ScimUser.of(user, uri.getBaseUri()), headers).build();
    }

    @ServerExceptionMapper
    public Response scim(ScimError e, HttpHeaders headers) {
        return e.response(headers);
    }

    /** Relay's own refusals (the last active admin, a vanished account) in SCIM's shape. */
    @ServerExceptionMapper
    public Response relay(ProblemException e, HttpHeaders headers) {
        return new ScimError(e.status(), null, e.getMessage()).response(headers);
    }

    private List<ProvisionedUser> find(UserFilter filter) {
        Optional<ProvisionedUser> user = switch (filter.attribute()) {
            case USER_NAME -> ProvisionedUser.byUserName(entityManager, filter.value());
            case EXTERNAL_ID -> ProvisionedUser.byExternalId(entityManager, filter.value());
        };
        return user.stream().toList();
    }

    private static long number(String text, String name, long absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        if (!text.strip().matches("-?[0-9]{1,9}")) {
            throw ScimError.invalidValue(name + " must be an integer.");
        }
        return Long.parseLong(text.strip());
    }

    /** The PatchOp body, for the API document only: requests are read by {@link PatchRequest}. */
    @Schema(name = "ScimPatchOp")
    record PatchOpDocument(List<String> schemas,
            @com.fasterxml.jackson.annotation.JsonProperty("Operations") List<PatchOperation> operations) {
    }

    @Schema(name = "ScimPatchOperation")
    record PatchOperation(@Schema(description = "add, replace or remove, in any case") String op,
            @Schema(nullable = true, description = "e.g. active, displayName, emails[type eq \"work\"].value") String path,
            @Schema(nullable = true, description = "a value, or without path an object of attributes") Object value) {
    }
}
