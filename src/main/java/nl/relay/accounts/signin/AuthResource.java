package nl.relay.accounts.signin;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.sessions.IssuedToken;
import nl.relay.accounts.sessions.RevokeToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Sign-in and sign-out. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts and auth")
public class AuthResource {

    private final SignIn signIn;
    private final RevokeToken revokeToken;
    private final SecurityIdentity identity;

    AuthResource(SignIn signIn, RevokeToken revokeToken, SecurityIdentity identity) {
        this.signIn = signIn;
        this.revokeToken = revokeToken;
        this.identity = identity;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in", description = "Exchanges a username and password for a bearer token (RS256 JWT). "
            + "Unknown user and wrong password both answer 401; repeated failures answer 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Invalid username or password")
    @APIResponse(responseCode = "404", description = "Password sign-in is switched off (relay.auth.local-passwords)")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins")
    public IssuedToken login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
        return signIn.withPassword(new Credentials(request.username(), request.password()), ClientAddress.of(http));
    }

    @POST
    @Path("/logout")
    @Authenticated
    @ResponseStatus(204)
    @Operation(summary = "Sign out", description = "Revokes the token used for this request on every instance.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public void logout() {
        revokeToken.revokeCallers(identity);
    }

    /** The sign-in body. */
    public record LoginRequest(@NotNull String username, @NotNull String password) {
    }
}
