package nl.relay.accounts.tokens;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Authenticates requests that carry {@code Authorization: Bearer relay_pat_…} (see {@link AccessTokenCheck}), and
 * only those: anything else answers "not mine" (a null identity), so the next mechanism looks at it. It runs
 * before the others (higher priority): OpenID Connect's (DEFAULT + 1) and SmallRye JWT's (DEFAULT), which read
 * Relay's session tokens from the same header or the session cookie.
 */
@ApplicationScoped
public class AccessTokenMechanism implements HttpAuthenticationMechanism {

    static final int PRIORITY = DEFAULT_PRIORITY + 10;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = AccessTokenSecret.fromAuthorization(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new AccessTokenRequest(token),
                context));
    }

    /** A failed token is challenged like a failed session token: 401 with {@code WWW-Authenticate: Bearer}. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (AccessTokenSecret.fromAuthorization(context.request().getHeader(HttpHeaders.AUTHORIZATION)) == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(AccessTokenRequest.class);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
