package nl.relay.accounts.reset;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import nl.relay.accounts.signin.ClientAddress;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A forgotten password, by mail: ask for a link, then set a new password with it. Both answer 404 while
 * {@code relay.auth.local-passwords} is off. The body is checked after that, so a switched-off endpoint answers
 * nothing else.
 */
@Path("/api/auth/password-reset")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts and auth")
public class PasswordResetResource {

    static final String ACCEPTED = "If this names an account that signs in with a Relay password, a link to choose "
            + "a new one is on its way to the account's e-mail address.";

    private final RequestPasswordReset requestReset;
    private final ResetPassword resetPassword;
    private final LocalPasswordsOnly localPasswords;
    private final RequestLanguage language;

    PasswordResetResource(RequestPasswordReset requestReset, ResetPassword resetPassword,
            LocalPasswordsOnly localPasswords, RequestLanguage language) {
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.localPasswords = localPasswords;
        this.language = language;
    }

    @POST
    @Operation(summary = "Ask for a password reset link", description = "Mails a single-use link, valid for "
            + "relay.password-reset.lifetime (1 hour), to the account with this username, or to every account with "
            + "this e-mail address, that signs in with a Relay password (not to accounts of the identity provider, "
            + "deactivated or pseudonymised ones). The answer is the same 202 whether or not there is such an "
            + "account; an account gets at most 3 such mails an hour. A newer link replaces the older ones.")
    @APIResponse(responseCode = "202", description = "Asked; a mail follows if there is such an account", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResetAccepted.class)))
    @APIResponse(responseCode = "404", description = "Relay keeps no passwords here (relay.auth.local-passwords=false)")
    @APIResponse(responseCode = "422", description = "usernameOrEmail is missing")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; Retry-After says when")
    public Response request(ResetRequest request, @Context HttpServerRequest http) {
        localPasswords.require();
        requireFields(request, request == null ? null : request.usernameOrEmail(), "usernameOrEmail");
        requestReset.request(request.usernameOrEmail(), ClientAddress.of(http), language.code());
        return Response.accepted(new ResetAccepted(ACCEPTED)).build();
    }

    @POST
    @Path("/confirm")
    @Operation(summary = "Set a new password with a reset link", description = "The token is the link's "
            + "token parameter. The new password follows the usual rules (at least 12 characters, at most 72 "
            + "bytes). On success the link is used up and every session of the account ends (its tokens answer "
            + "401 from now on, open live streams close).")
    @APIResponse(responseCode = "204", description = "The new password is set; sign in with it")
    @APIResponse(responseCode = "400", description = "The token is no reset link Relay made")
    @APIResponse(responseCode = "404", description = "Relay keeps no passwords here (relay.auth.local-passwords=false)")
    @APIResponse(responseCode = "410", description = "The link expired, was used or was replaced by a newer one")
    @APIResponse(responseCode = "422", description = "A field is missing, or the new password breaks the rules")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address; Retry-After says when")
    public Response confirm(ResetConfirmation confirmation, @Context HttpServerRequest http) {
        localPasswords.require();
        requireFields(confirmation, confirmation == null ? null : confirmation.token(), "token",
                confirmation == null ? null : confirmation.newPassword(), "newPassword");
        resetPassword.reset(confirmation.token(), confirmation.newPassword(), ClientAddress.of(http));
        return Response.noContent().build();
    }

    /** The body, and each named value in it, must be there: as bean validation would say, after the 404. */
    private static void requireFields(Object body, Object... valuesAndNames) {
        if (body == null) {
            throw new MalformedRequest("A JSON body is required.");
        }
        List<Problem.FieldError> missing = new ArrayList<>();
        for (int i = 0; i < valuesAndNames.length; i += 2) {
            if (valuesAndNames[i] == null) {
                missing.add(new Problem.FieldError((String) valuesAndNames[i + 1], "must not be null"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
    }

    /** Who forgot their password: a username or an e-mail address. */
    public record ResetRequest(@Schema(required = true) String usernameOrEmail) {
    }

    /** The link's token and the new password. */
    public record ResetConfirmation(@Schema(required = true) String token,
            @Schema(required = true) String newPassword) {
    }

    /** The answer to every reset request, whether or not it names an account. */
    public record ResetAccepted(String detail) {
    }
}
