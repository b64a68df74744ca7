package nl.relay.accounts.tokens;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.util.Set;

/**
 * What an identity made from a personal access token carries beside the account (see {@link AccessTokenCheck}):
 * the token's id, scopes and expiry. Other code asks here whether a request came with a token.
 */
public final class AccessTokenIdentity {

    /** The token's id (a Long). */
    public static final String TOKEN_ID = "relay.access-token.id";
    /** The token's scopes (a Set of {@link TokenScope}). */
    public static final String SCOPES = "relay.access-token.scopes";
    /** When the token expires (an Instant), absent for one that does not. */
    public static final String EXPIRES_AT = "relay.access-token.expires-at";

    private AccessTokenIdentity() {
    }

    /** Whether the identity was made from a personal access token rather than a sign-in. */
    public static boolean isToken(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.getAttribute(TOKEN_ID) != null;
    }

    /** The token's id, or null for an identity that is no token's. */
    public static Long tokenId(SecurityIdentity identity) {
        return isToken(identity) ? identity.getAttribute(TOKEN_ID) : null;
    }

    /** When the token expires; null for one that does not, or an identity that is no token's. */
    public static Instant expiresAt(SecurityIdentity identity) {
        return isToken(identity) ? identity.getAttribute(EXPIRES_AT) : null;
    }

    static Set<TokenScope> scopes(SecurityIdentity identity) {
        Set<TokenScope> scopes = identity.getAttribute(SCOPES);
        return scopes == null ? Set.of() : scopes;
    }

    /** Whether a token identity may change things (scope write); a sign-in may. */
    static boolean mayWrite(SecurityIdentity identity) {
        return !isToken(identity) || scopes(identity).contains(TokenScope.WRITE);
    }
}
