package nl.relay.accounts.sessions;

import java.time.Instant;

/** A signed access token and when it stops being valid. */
public record IssuedToken(String accessToken, String tokenType, Instant expiresAt) {

    static IssuedToken bearer(String token, Instant expiresAt) {
        return new IssuedToken(token, "Bearer", expiresAt);
    }
}
