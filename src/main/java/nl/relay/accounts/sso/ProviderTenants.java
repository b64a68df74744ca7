package nl.relay.accounts.sso;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells quarkus-oidc which requests are the provider's business: the sign-in path (the authorization code flow with
 * PKCE) and API requests whose bearer token the provider issued. Every other request, including every one carrying
 * Relay's own token or session cookie, gets a disabled tenant, so Relay's own verification (SmallRye JWT) handles it.
 */
@ApplicationScoped
public class ProviderTenants implements TenantConfigResolver {

    /** The page that starts the sign-in at the provider and to which the provider sends the browser back. */
    public static final String SIGN_IN_PATH = "/signin/oidc";

    static final String WEB_TENANT = "relay-web";
    static final String API_TENANT = "relay-api";

    private static final String BEARER = "bearer ";

    private final SingleSignOnConfig config;
    private final OidcTenantConfig off;
    private final OidcTenantConfig web;
    private final OidcTenantConfig api;

    ProviderTenants(SingleSignOnConfig config) {
        this.config = config;
        this.off = OidcTenantConfig.builder().tenantId("relay-off").tenantEnabled(false).build();
        this.web = config.enabled() ? webTenant(config) : off;
        this.api = config.enabled() ? apiTenant(config) : off;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        return Uni.createFrom().item(choose(context));
    }

    private OidcTenantConfig choose(RoutingContext context) {
        if (!config.enabled()) {
            return off;
        }
        if (SIGN_IN_PATH.equals(context.normalizedPath())) {
            return web;
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            String token = authorization.substring(BEARER.length()).strip();
            if (UnverifiedClaims.issuer(token).filter(this::isProvider).isPresent()) {
                return api;
            }
        }
        return off;
    }

    private boolean isProvider(String issuer) {
        return trimmed(issuer).equals(trimmed(config.issuer().orElseThrow()));
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static OidcTenantConfig webTenant(SingleSignOnConfig config) {
        List<String> scopes = new ArrayList<>(config.scopes());
        return OidcTenantConfig.authServerUrl(config.issuer().orElseThrow())
                .tenantId(WEB_TENANT)
                .clientId(config.clientId().orElse(""))
                .credentials(config.clientSecret().orElse(""))
                .applicationType(ApplicationType.WEB_APP)
                .authentication()
                .pkceRequired(true)
                .nonceRequired(true)
                .scopes(scopes)
                .redirectPath(SIGN_IN_PATH)
                .removeRedirectParameters(true)
                .cookiePath(SIGN_IN_PATH)
                .userInfoRequired(config.userInfo())
                .javaScriptAutoRedirect(true)
                .end()
                .token().allowJwtIntrospection(false).end()
                .build();
    }

    private static OidcTenantConfig apiTenant(SingleSignOnConfig config) {
        return OidcTenantConfig.authServerUrl(config.issuer().orElseThrow())
                .tenantId(API_TENANT)
                .clientId(config.clientId().orElse(""))
                .applicationType(ApplicationType.SERVICE)
                .token().audience(config.audiences()).allowJwtIntrospection(false).end()
                .build();
    }
}
