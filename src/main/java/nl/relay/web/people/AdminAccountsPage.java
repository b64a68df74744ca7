package nl.relay.web.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.relay.accounts.Account;
import nl.relay.accounts.AccountChanges;
import nl.relay.accounts.AccountView;
import nl.relay.accounts.Caller;
import nl.relay.accounts.ChangeAccount;
import nl.relay.accounts.CreateAccount;
import nl.relay.accounts.NewAccount;
import nl.relay.accounts.PseudonymiseAccount;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.outbox.OutboxReport;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admin's accounts screen: everyone, active or not; create, change roles, deactivate and activate. */
@Path("/admin/accounts")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AdminAccountsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance accounts(String lang, boolean forbidden, String q, List<AccountView> accounts,
                String nextLink, OutboxReport.OutboxState outbox, List<Problem.FieldError> errors);

        static native TemplateInstance pseudonymise(String lang, AccountView account);
    }

    private final PageSession session;
    private final Caller caller;
    private final CreateAccount createAccount;
    private final ChangeAccount changeAccount;
    private final Validator validator;
    private final RequestLanguage language;
    private final OutboxReport outbox;
    private final PseudonymiseAccount pseudonymise;

    AdminAccountsPage(PageSession session, Caller caller, CreateAccount createAccount, ChangeAccount changeAccount,
            Validator validator, RequestLanguage language, OutboxReport outbox, PseudonymiseAccount pseudonymise) {
        this.session = session;
        this.caller = caller;
        this.createAccount = createAccount;
        this.changeAccount = changeAccount;
        this.validator = validator;
        this.language = language;
        this.outbox = outbox;
        this.pseudonymise = pseudonymise;
    }

    @GET
    @Operation(hidden = true)
    public Response accounts(@QueryParam("q") String query, @QueryParam("after") String after) {
        return guarded(() -> Response.ok(page(clean(query), clean(after), List.of())).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("email") String email, @FormParam("password") String password,
            @FormParam("roles") List<String> roles) {
        return guarded(() -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            List<Role> chosen = roles(roles, errors);
            NewAccount request = new NewAccount(clean(username), clean(displayName), clean(email), clean(password),
                    chosen);
            Set<ConstraintViolation<NewAccount>> violations = validator.validate(request);
            violations.forEach(v -> errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())));
            if (!errors.isEmpty()) {
                return Response.status(422).entity(page(errors)).build();
            }
            try {
                createAccount.create(request);
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(FormErrors.of(e, "account"))).build();
            }
            return Response.seeOther(URI.create("/admin/accounts")).build();
        });
    }

    @POST
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response setActive(@PathParam("username") String username, @FormParam("active") String active) {
        return guarded(() -> {
            try {
                if (!"true".equals(active) && !"false".equals(active)) {
                    // A stray post without the field must not deactivate anyone.
                    throw new nl.relay.platform.errors.InvalidInput("active", "must be true or false");
                }
                changeAccount.change(username, new AccountChanges(null, null, null, Boolean.valueOf(active)));
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(FormErrors.of(e, "account"))).build();
            }
            return Response.seeOther(URI.create("/admin/accounts")).build();
        });
    }

    @POST
    @Path("/{username}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response setRoles(@PathParam("username") String username, @FormParam("roles") List<String> roles) {
        return guarded(() -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            List<Role> chosen = roles(roles, errors);
            if (chosen.isEmpty() && errors.isEmpty()) {
                errors.add(new Problem.FieldError("roles", "must name at least one role"));
            }
            if (!errors.isEmpty()) {
                return Response.status(422).entity(page(errors)).build();
            }
            try {
                changeAccount.change(username, new AccountChanges(null, null, chosen, null));
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(FormErrors.of(e, "account"))).build();
            }
            return Response.seeOther(URI.create("/admin/accounts")).build();
        });
    }

    /** Asks the admin to confirm before a former employee is pseudonymised: it cannot be undone. */
    @GET
    @Path("/{username}/pseudonymise")
    @Operation(hidden = true)
    public Response pseudonymiseForm(@PathParam("username") String username) {
        return guarded(() -> {
            Optional<Account> account = Account.findByUsername(username);
            if (account.isEmpty()) {
                return Response.status(404).entity(page(List.of(new Problem.FieldError("account",
                        "There is no account '" + clean(username) + "'.")))).build();
            }
            return Response.ok(Templates.pseudonymise(language.code(), AccountView.from(account.get()))
                    .setLocale(language.locale())).build();
        });
    }

    @POST
    @Path("/{username}/pseudonymise")
    @Operation(hidden = true)
    public Response pseudonymise(@PathParam("username") String username) {
        return guarded(() -> {
            try {
                pseudonymise.pseudonymise(username, caller.accountId());
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(FormErrors.of(e, "account"))).build();
            }
            return Response.seeOther(URI.create("/admin/accounts")).build();
        });
    }

    private static List<Role> roles(List<String> names, List<Problem.FieldError> errors) {
        List<Role> chosen = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            try {
                Role role = Role.valueOf(String.valueOf(ControlCharacters.clean(name)).toUpperCase(Locale.ROOT));
                if (!chosen.contains(role)) {
                    chosen.add(role);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("roles",
                        "must be employee, recruiter, admin, privacy, moderator or communications"));
            }
        }
        return chosen;
    }

    /** A parked background task (a mail that kept failing, say) is tried again now. */
    @POST
    @Path("/outbox/{id}/retry")
    @Operation(hidden = true)
    public Response retry(@PathParam("id") String id) {
        return guarded(() -> {
            try {
                outbox.retry(id);
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(FormErrors.of(e, "outbox"))).build();
            }
            return Response.seeOther(URI.create("/admin/accounts")).build();
        });
    }

    private Response guarded(java.util.function.Supplier<Response> action) {
        return session.signedIn(reader -> {
            if (!caller.isAdmin()) {
                return Response.status(403)
                        .entity(Templates.accounts(language.code(), true, null, List.of(), null, null, List.of())
                                .setLocale(language.locale()))
                        .build();
            }
            return action.get();
        });
    }

    private TemplateInstance page(List<Problem.FieldError> errors) {
        return page(null, null, errors);
    }

    private TemplateInstance page(String query, String after, List<Problem.FieldError> errors) {
        DirectorySlice slice = DirectorySlice.read("/admin/accounts", query, after, true);
        return Templates.accounts(language.code(), false, query, slice.accounts(), slice.nextLink(), outbox.state(),
                errors).setLocale(language.locale());
    }

    private static String clean(String value) {
        return ControlCharacters.clean(value);
    }
}
