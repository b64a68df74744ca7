package nl.relay.accounts.scim;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The configured SCIM token, and whether a request's Authorization header carries it. Both sides are hashed
 * before the constant-time comparison, so neither the content nor the length of the token leaks through timing.
 */
@Singleton
@Startup
public class ProvisioningToken {

    static final int MIN_LENGTH = 32;
    private static final String BEARER = "bearer ";

    private final byte[] expected;

    @Inject
    ProvisioningToken(ScimConfig config) {
        this(config.token());
    }

    ProvisioningToken(Optional<String> token) {
        String configured = token.map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        if (configured != null && configured.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("relay.scim.token must be at least " + MIN_LENGTH
                    + " characters (for example: openssl rand -hex 32)");
        }
        expected = configured == null ? null : sha256(configured);
    }

    /** Whether SCIM is on: a token is configured. */
    public boolean isOn() {
        return expected != null;
    }

    /** Whether the header is {@code Bearer <the configured token>}. */
    public boolean admits(String authorization) {
        if (expected == null || authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
