package nl.relay.accounts.sessions;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A session something holds open beyond one request (a live stream): the token it was opened with and
 * the account as it was then. {@link SessionStatus} says when it has ended.
 */
public record HeldSession(long accountId, String tokenId, int sessionVersion, Set<String> roles, Instant expiresAt) {

    /**
     * The identity attribute under which an identity not made from a session token (a personal access token)
     * carries the session it holds, made when it was authenticated.
     */
    public static final String ATTRIBUTE = "relay.held-session";
    /** How the token id of a session held with a personal access token begins; the rest is the token's id. */
    public static final String ACCESS_TOKEN = "pat:";

    /** The session of a signed-in request, or null for an anonymous one. */
    public static HeldSession of(SecurityIdentity identity) {
        Long accountId = identity.isAnonymous() ? null : identity.getAttribute(SessionCheck.ACCOUNT_ID);
        HeldSession held = identity.isAnonymous() ? null : identity.getAttribute(ATTRIBUTE);
        if (held != null) {
            return held;
        }
        if (accountId == null || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        return new HeldSession(accountId, token.getTokenID(), SessionCheck.sessionVersion(token),
                Set.copyOf(identity.getRoles()), Instant.ofEpochSecond(token.getExpirationTime()));
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
