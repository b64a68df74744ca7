package nl.relay.accounts.reset;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.signin.ClientAddress;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.TooManyRequests;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.Cookies;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The forgotten-password pages: ask for a link (the same "check your mail" page whether or not there is such an
 * account), then, from the link in the mail, choose a new password and go on to sign in. The page that carries the
 * token in its address sends no Referer and is never stored. Form posts pass the cross-site guard like every form.
 */
@Path("/password-reset")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PasswordResetPage {

    /** The token page's address must not travel on as a Referer, nor stay in a cache. */
    private static final String NO_REFERRER = "no-referrer";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance request(String lang, String usernameOrEmail, String error);

        static native TemplateInstance sent(String lang, long minutes);

        static native TemplateInstance choose(String lang, String token, String username,
                List<Problem.FieldError> errors);

        static native TemplateInstance unusable(String lang, String why);
    }

    private final RequestPasswordReset requestReset;
    private final ResetPassword resetPassword;
    private final LocalPasswordsOnly localPasswords;
    private final PasswordResetConfig config;
    private final RequestLanguage language;
    private final Cookies cookies;

    PasswordResetPage(RequestPasswordReset requestReset, ResetPassword resetPassword,
            LocalPasswordsOnly localPasswords, PasswordResetConfig config, RequestLanguage language,
            Cookies cookies) {
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.localPasswords = localPasswords;
        this.config = config;
        this.language = language;
        this.cookies = cookies;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance form() {
        offeredOr404();
        return request(null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response ask(@FormParam("usernameOrEmail") String usernameOrEmail, @Context HttpServerRequest http) {
        offeredOr404();
        String named = ControlCharacters.clean(usernameOrEmail);
        if (named == null || named.isBlank()) {
            return Response.status(422).entity(request(named, "required")).build();
        }
        try {
            requestReset.request(named, ClientAddress.of(http), language.code());
        } catch (TooManyRequests e) {
            return tooMany(e, request(named, "throttled"));
        }
        return Response.seeOther(URI.create("/password-reset/sent")).build();
    }

    @GET
    @Path("/sent")
    @Operation(hidden = true)
    public TemplateInstance sent() {
        offeredOr404();
        return Templates.sent(language.code(), config.lifetime().toMinutes()).setLocale(language.locale());
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public Response choose(@QueryParam("token") String token, @Context HttpServerRequest http) {
        offeredOr404();
        try {
            String username = resetPassword.check(token, ClientAddress.of(http));
            return unkept(Response.ok(choose(token, username, List.of())));
        } catch (LinkRefused e) {
            return unkept(Response.status(e.status()).entity(unusable(e)));
        } catch (TooManyRequests e) {
            return tooMany(e, unusable("throttled"));
        }
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response set(@FormParam("token") String token, @FormParam("newPassword") String newPassword,
            @Context HttpServerRequest http) {
        offeredOr404();
        String password = ControlCharacters.clean(newPassword);
        try {
            if (password == null) {
                // Checked with the link first, so a dead link says so rather than "fill in a password".
                String username = resetPassword.check(token, ClientAddress.of(http));
                return unkept(Response.status(422).entity(choose(token, username,
                        List.of(new Problem.FieldError("newPassword", "must not contain control characters")))));
            }
            resetPassword.reset(token, password, ClientAddress.of(http));
            return Response.seeOther(URI.create("/login?reset=done")).cookie(cookies.sessionCleared()).build();
        } catch (InvalidInput e) {
            return weakPassword(token, e.errors(), http);
        } catch (LinkRefused e) {
            return unkept(Response.status(e.status()).entity(unusable(e)));
        } catch (TooManyRequests e) {
            return tooMany(e, unusable("throttled"));
        }
    }

    /** The new-password form again with what was wrong, unless the link died meanwhile or the attempts ran out. */
    private Response weakPassword(String token, List<Problem.FieldError> errors, HttpServerRequest http) {
        try {
            String username = resetPassword.check(token, ClientAddress.of(http));
            return unkept(Response.status(422).entity(choose(token, username, errors)));
        } catch (LinkRefused e) {
            return unkept(Response.status(e.status()).entity(unusable(e)));
        } catch (TooManyRequests e) {
            return tooMany(e, unusable("throttled"));
        }
    }

    private void offeredOr404() {
        if (!localPasswords.offered()) {
            throw new NotFoundException();
        }
    }

    private TemplateInstance request(String usernameOrEmail, String error) {
        return Templates.request(language.code(), usernameOrEmail, error).setLocale(language.locale());
    }

    private TemplateInstance choose(String token, String username, List<Problem.FieldError> errors) {
        return Templates.choose(language.code(), token, username, errors).setLocale(language.locale());
    }

    private TemplateInstance unusable(LinkRefused e) {
        return unusable(e.why() == LinkRefused.Why.OVER ? "over" : "invalid");
    }

    private TemplateInstance unusable(String why) {
        return Templates.unusable(language.code(), why).setLocale(language.locale());
    }

    private static Response tooMany(TooManyRequests e, TemplateInstance page) {
        return unkept(Response.status(429).header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                .entity(page));
    }

    /** A page with the token in its address or its form: no Referer leaves it, no cache keeps it. */
    private static Response unkept(Response.ResponseBuilder response) {
        return response.header("Referrer-Policy", NO_REFERRER).header("Cache-Control", "no-store").build();
    }
}
