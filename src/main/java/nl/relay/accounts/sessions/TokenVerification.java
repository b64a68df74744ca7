package nl.relay.accounts.sessions;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.Set;
import nl.relay.platform.http.CrossSiteRequestGuard;

/**
 * Tells SmallRye JWT how to verify Relay's tokens: RS256 only, with the shared public key, and the
 * configured issuer and audience required.
 */
@ApplicationScoped
public class TokenVerification {

    public static final String SESSION_VERSION_CLAIM = "sv";
    /** True in a token given at a single sign-on: signing out then also ends the provider's session. */
    public static final String PROVIDER_CLAIM = "idp";
    /** The cookie the web pages keep the token in. */
    public static final String SESSION_COOKIE = CrossSiteRequestGuard.SESSION_COOKIE;

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo verification(SigningKeys keys, AuthConfig config) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), config.issuer());
        info.setExpectedAudience(Set.of(config.audience()));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setRequiredClaims(Set.of("jti", "iat", "exp", "upn", SESSION_VERSION_CLAIM));
        info.setRequireNamedPrincipal(true);
        info.setClockSkew(30);
        // The web pages carry the same token in an HttpOnly cookie; API clients send it as a bearer header.
        info.setTokenHeader("Cookie");
        info.setTokenCookie(SESSION_COOKIE);
        info.setAlwaysCheckAuthorization(true);
        return info;
    }
}
