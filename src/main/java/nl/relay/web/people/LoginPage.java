package nl.relay.web.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import nl.relay.accounts.sessions.TokenVerification;
import nl.relay.accounts.signin.ClientAddress;
import nl.relay.accounts.signin.Credentials;
import nl.relay.accounts.signin.SignIn;
import nl.relay.accounts.sso.ProviderSignOut;
import nl.relay.accounts.sso.SingleSignOnConfig;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.TooManyRequests;
import nl.relay.platform.errors.Unauthenticated;
import nl.relay.platform.http.PublicAddress;
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

        static native TemplateInstance login(String lang, String error, String username, String provider,
                boolean passwords);
    }

    private final SignIn signIn;
    private final RevokeToken revokeToken;
    private final RequestLanguage language;
    private final PageSession session;
    private final SecurityIdentity identity;
    private final Cookies cookies;
    private final SingleSignOnConfig singleSignOn;
    private final ProviderSignOut providerSignOut;
    private final PublicAddress publicAddress;

    LoginPage(SignIn signIn, RevokeToken revokeToken, RequestLanguage language, PageSession session,
            SecurityIdentity identity, Cookies cookies, SingleSignOnConfig singleSignOn,
            ProviderSignOut providerSignOut,
            PublicAddress publicAddress) {
        this.singleSignOn = singleSignOn;
        this.providerSignOut = providerSignOut;
        this.publicAddress = publicAddress;
        this.signIn = signIn;
        this.revokeToken = revokeToken;
        this.language = language;
        this.session = session;
        this.identity = identity;
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
        } catch (NotFound e) {
            return Response.status(404).entity(form(null, name)).build();
        } catch (TooManyRequests e) {
            return Response.status(429).header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                    .entity(form("throttled", name)).build();
        }
    }

    @POST
    @Path("/logout")
    @Operation(hidden = true)
    public Response signOut() {
        URI next = URI.create("/login");
        if (session.accountId().isPresent()) {
            revokeToken.revokeCallers(identity);
            if (identity.getPrincipal() instanceof JsonWebToken token && signedInAtProvider(token)) {
                next = providerSignOut.address(publicAddress.of("/login")).orElse(next);
            }
        }
        return Response.seeOther(next).cookie(cookies.sessionCleared()).build();
    }

    private static boolean signedInAtProvider(JsonWebToken token) {
        Object claim = token.getClaim(TokenVerification.PROVIDER_CLAIM);
        return Boolean.TRUE.equals(claim) || claim == jakarta.json.JsonValue.TRUE;
    }

    public TemplateInstance form(String error, String username) {
        String provider = singleSignOn.enabled() ? singleSignOn.name() : null;
        return Templates.login(language.code(), error, username, provider, signIn.passwordsAllowed())
                .setLocale(language.locale());
    }
}
