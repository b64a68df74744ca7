package nl.relay.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins pseudonymise a former employee's account on request; their posts stay. */
@Path("/api/admin/accounts/{username}/pseudonymise")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts and auth")
public class PseudonymiseResource {

    private final PseudonymiseAccount pseudonymise;
    private final Caller caller;

    PseudonymiseResource(PseudonymiseAccount pseudonymise, Caller caller) {
        this.pseudonymise = pseudonymise;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Pseudonymise a former employee (admin)", description = "For a deactivated account: the "
            + "username becomes former-{n}, the display name 'Former colleague {n}', the e-mail address one at "
            + "pseudonymised.invalid, and nobody can sign in as it again. Their posts stay, shown under the pseudonym "
            + "as a former colleague. Asking again with the pseudonym answers the account unchanged.")
    @APIResponse(responseCode = "200", description = "The account as pseudonymised")
    @APIResponse(responseCode = "403", description = "Admins only.")
    @APIResponse(responseCode = "404", description = "No such account.")
    @APIResponse(responseCode = "409", description = "The account is still active: deactivate it first.")
    public AccountView pseudonymise(@PathParam("username") String username) {
        return AccountView.from(pseudonymise.pseudonymise(username, caller.accountId()));
    }
}
