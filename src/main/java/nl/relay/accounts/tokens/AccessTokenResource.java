package nl.relay.accounts.tokens;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/me/tokens}: my personal access tokens for scripts. Only a sign-in may make, list or revoke them,
 * never a token, so a leaked token cannot make more.
 */
@Path("/api/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Accounts and auth")
public class AccessTokenResource {

    private final Caller caller;
    private final SecurityIdentity identity;
    private final CreateAccessToken createToken;
    private final RevokeAccessToken revokeToken;
    private final Clock clock;

    AccessTokenResource(Caller caller, SecurityIdentity identity, CreateAccessToken createToken,
            RevokeAccessToken revokeToken, Clock clock) {
        this.caller = caller;
        this.identity = identity;
        this.createToken = createToken;
        this.revokeToken = revokeToken;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an access token", description = "For a script: name (1-100 characters), scopes (read: "
            + "GET only; write: also changes; admin: also your admin and privacy roles, for administrators only), "
            + "expiresAt (optional, in the future). The answer holds the token, shown this once: send it as "
            + "Authorization: Bearer <token>. Needs a sign-in, not a token; at most 50 live tokens each.")
    @APIResponse(responseCode = "201", description = "Made; the token is in the answer, and nowhere else ever again", content = @Content(schema = @Schema(implementation = CreatedAccessToken.class)))
    @APIResponse(responseCode = "403", description = "Made with an access token: only a sign-in may make tokens.")
    @APIResponse(responseCode = "409", description = "You have the most live tokens one may have; revoke one first.")
    public Response create(@NotNull NewAccessToken request) {
        requireSignIn();
        CreatedAccessToken created = createToken.create(caller.accountId(), request);
        return Response.created(URI.create("/api/me/tokens/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "My access tokens", description = "Those not revoked or expired, newest first; never the "
            + "tokens themselves. Needs a sign-in, not a token.")
    @APIResponse(responseCode = "200", description = "My live tokens")
    @APIResponse(responseCode = "403", description = "Asked with an access token: only a sign-in may list tokens.")
    public List<AccessTokenView> list() {
        requireSignIn();
        return PersonalAccessToken.liveOf(caller.accountId(), clock.instant()).stream()
                .map(AccessTokenView::from).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an access token", description = "It is refused from the next request on, and live "
            + "streams opened with it end. Needs a sign-in, not a token.")
    @APIResponse(responseCode = "204", description = "Revoked (or it already was)")
    @APIResponse(responseCode = "403", description = "Asked with an access token: only a sign-in may revoke tokens.")
    public Response revoke(@PathParam("id") String id) {
        requireSignIn();
        revokeToken.revoke(caller.accountId(), PathIds.parse(id, () -> new NotFound("There is no such access token.")));
        return Response.noContent().build();
    }

    private void requireSignIn() {
        if (AccessTokenIdentity.isToken(identity)) {
            throw new NotAllowed("Access tokens are managed with a sign-in, not with a token.");
        }
    }
}
