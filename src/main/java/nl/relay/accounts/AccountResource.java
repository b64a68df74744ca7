package nl.relay.accounts;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people directory, and account administration. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts and auth")
public class AccountResource {

    private final CreateAccount createAccount;
    private final ChangeAccount changeAccount;
    private final Caller caller;

    AccountResource(CreateAccount createAccount, ChangeAccount changeAccount, Caller caller) {
        this.createAccount = createAccount;
        this.changeAccount = changeAccount;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (admin)", description = "Password at least 12 characters; roles default "
            + "to employee; a taken username answers 409.")
    @APIResponse(responseCode = "201", description = "Created; Location names the account", content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    public Response create(@Valid @NotNull NewAccount request) {
        Account account = createAccount.create(request);
        return Response.created(URI.create("/api/accounts/" + account.username)).entity(AccountView.from(account))
                .build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The people directory", description = "Accounts in username order whose username or display "
            + "name contains q. Active accounts only, unless an admin asks with includeInactive=true.")
    public Page<AccountView> list(@QueryParam("q") String query, @QueryParam("includeInactive") boolean includeInactive,
            @BeanParam PageRequest page) {
        String after = page.cursor(1).map(c -> c.key(0)).orElse(null);
        List<Account> fetched = Account.directory(query, after, includeInactive && caller.isAdmin(), page.fetchSize());
        return Page.of(fetched, page, account -> Cursor.of(account.username)).map(AccountView::from);
    }

    @GET
    @Path("/{username}")
    @Authenticated
    @Operation(summary = "One account")
    public AccountView get(@PathParam("username") String username) {
        return Account.findByUsername(username).map(AccountView::from)
                .orElseThrow(() -> new NotFound("There is no account '" + username + "'."));
    }

    @PATCH
    @Path("/{username}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account (admin)", description = "active: false ends all its sessions at once. "
            + "The last active admin cannot be deactivated or lose the admin role (409).")
    @APIResponse(responseCode = "200", description = "The account as changed")
    @APIResponse(responseCode = "409", description = "The last active admin cannot be deactivated or lose the admin role.")
    @APIResponse(responseCode = "403", description = "Admins only.")
    public AccountView change(@PathParam("username") String username, @Valid @NotNull AccountChanges request) {
        return AccountView.from(changeAccount.change(username, request));
    }
}
