package nl.relay.web.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.relay.accounts.sessions.IssuedToken;
import nl.relay.accounts.sessions.RevokeToken;
import nl.relay.accounts.signin.ClientAddress;
import nl.relay.accounts.signin.Credentials;
import nl.relay.accounts.signin.SignIn;
import nl.relay.platform.errors.TooManyRequests;
import nl.relay.platform.errors.Unauthenticated;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.Cookies;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Signing in and out in the browser. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance login(String lang, String error, String username);
    }

    private final SignIn signIn;
    private final RevokeToken revokeToken;
    private final RequestLanguage language;
    private final PageSession session;
    private final JsonWebToken token;
    private final Cookies cookies;

    LoginPage(SignIn signIn, RevokeToken revokeToken, RequestLanguage language, PageSession session,
            JsonWebToken token, Cookies cookies) {
        this.signIn = signIn;
        this.revokeToken = revokeToken;
        this.language = language;
        this.session = session;
        this.token = token;
        this.cookies = cookies;
    }

    @GET
    @Path("/login")
    @Operation(hidden = true)
    public Response form() {
        if (session.accountId().isPresent()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(form(null, null)).build();
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @Context HttpServerRequest http) {
        String name = ControlCharacters.clean(username);
        String secret = ControlCharacters.clean(password);
        try {
            if (name == null || secret == null) {
                throw new Unauthenticated("Invalid username or password.");
            }
            IssuedToken issued = signIn.withPassword(new Credentials(name, secret), ClientAddress.of(http));
            return Response.seeOther(URI.create("/")).cookie(cookies.session(issued)).build();
        } catch (Unauthenticated e) {
            return Response.status(401).entity(form("failed", name)).build();
        } catch (TooManyRequests e) {
            return Response.status(429).header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                    .entity(form("throttled", name)).build();
        }
    }

    @POST
    @Path("/logout")
    @Operation(hidden = true)
    public Response signOut() {
        if (session.accountId().isPresent()) {
            revokeToken.revoke(token);
        }
        return Response.seeOther(URI.create("/login")).cookie(cookies.sessionCleared()).build();
    }

    public TemplateInstance form(String error, String username) {
        return Templates.login(language.code(), error, username).setLocale(language.locale());
    }
}
