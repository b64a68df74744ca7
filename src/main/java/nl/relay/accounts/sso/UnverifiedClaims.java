package nl.relay.accounts.sso;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the issuer of a JWT without verifying it, only to choose who verifies it: Relay's own key or the provider's.
 * Nothing read here is trusted; a token that lies about its issuer fails the verification it was sent to.
 */
final class UnverifiedClaims {

    private static final int MAX_TOKEN_LENGTH = 16_384;

    private UnverifiedClaims() {
    }

    static Optional<String> issuer(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            try (var reader = Json.createReader(new StringReader(payload))) {
                JsonValue value = reader.readValue();
                if (value instanceof JsonObject object && object.get("iss") instanceof JsonString issuer) {
                    return Optional.of(issuer.getString());
                }
            }
        } catch (RuntimeException e) {
            // Not a JWT we can read: not the provider's.
        }
        return Optional.empty();
    }
}
