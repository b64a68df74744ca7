package nl.relay.accounts.tokens;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token to make: its name (1-100 characters, one line), scopes (read, write, admin) and optional expiry. */
public record NewAccessToken(@Schema(required = true, minLength = 1, maxLength = 100) String name,
        @Schema(required = true) List<@NotNull TokenScope> scopes,
        @Schema(nullable = true, description = "When the token stops working; absent or null: until revoked") Instant expiresAt) {
}
