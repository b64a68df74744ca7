package nl.relay.web.people;

import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import nl.relay.accounts.Account;
import nl.relay.accounts.sessions.IssueToken;
import nl.relay.accounts.sessions.SessionCheck;
import nl.relay.accounts.sso.ProviderIdentity;
import nl.relay.accounts.sso.ProviderTenants;
import nl.relay.accounts.sso.SingleSignOnConfig;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.web.Cookies;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Signing in through the company's identity provider: this page sends the browser to the provider (authorization
 * code flow with PKCE, run by quarkus-oidc), takes it back, and turns the provider's word into Relay's own session
 * cookie. The provider's session cookie is dropped at once: from then on the person is signed in like any other,
 * so deactivation and sign-out work the same.
 */
@Path(ProviderTenants.SIGN_IN_PATH)
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SingleSignOnPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance refused(String lang, String reason);
    }

    /** The provider is asked for its keys and metadata on the way; a provider that does not answer is a failure. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SingleSignOnConfig config;
    private final CurrentIdentityAssociation identities;
    private final OidcAuthenticationMechanism provider;
    private final OidcSession providerSession;
    private final IssueToken issueToken;
    private final Cookies cookies;
    private final RequestLanguage language;

    SingleSignOnPage(SingleSignOnConfig config, CurrentIdentityAssociation identities,
            OidcAuthenticationMechanism provider, OidcSession providerSession, IssueToken issueToken, Cookies cookies,
            RequestLanguage language) {
        this.config = config;
        this.identities = identities;
        this.provider = provider;
        this.providerSession = providerSession;
        this.issueToken = issueToken;
        this.cookies = cookies;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response signIn(@Context RoutingContext context) {
        if (!config.enabled()) {
            throw new NotFound("Single sign-on is not set up.");
        }
        SecurityIdentity identity = identities.getDeferredIdentity().await().atMost(WAIT);
        if (identity.isAnonymous()) {
            ChallengeData challenge = provider.getChallenge(context).await().atMost(WAIT);
            return Response.status(challenge.status).header(challenge.headerName.toString(), challenge.headerContent)
                    .build();
        }
        if (!ProviderIdentity.fromProvider(identity)) {
            return Response.seeOther(URI.create("/")).build();
        }
        providerSession.logout().await().atMost(WAIT);
        String refused = identity.getAttribute(ProviderIdentity.REFUSED);
        Long accountId = identity.getAttribute(SessionCheck.ACCOUNT_ID);
        Account account = accountId == null ? null : Account.findById(accountId);
        if (refused != null || account == null) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(Templates.refused(language.code(), refused).setLocale(language.locale())).build();
        }
        return Response.seeOther(URI.create("/")).cookie(cookies.session(issueToken.forProviderSignIn(account)))
                .build();
    }
}
