package nl.relay.accounts;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.signin.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The signed-in person's own account. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Accounts and auth")
public class MeResource {

    private final Caller caller;
    private final ChangePassword changePassword;

    MeResource(Caller caller, ChangePassword changePassword) {
        this.caller = caller;
        this.changePassword = changePassword;
    }

    @GET
    @Operation(summary = "My account")
    public AccountView me() {
        return AccountView.from(caller.account());
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(204)
    @Operation(summary = "Change my password", description = "Needs the current password; the new one at least 12 "
            + "characters. Existing sessions stay signed in. Wrong current passwords are throttled like sign-ins.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "409", description = "The account has no Relay password: it signs in through the "
            + "company's identity provider")
    @APIResponse(responseCode = "429", description = "Too many wrong current passwords; Retry-After says when to try "
            + "again.")
    public void changePassword(@Valid @NotNull PasswordChange request, @Context HttpServerRequest http) {
        changePassword.change(caller.accountId(), request, ClientAddress.of(http));
    }
}
