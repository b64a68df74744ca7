package nl.relay.accounts.tokens;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token just made, with its secret: the only time Relay shows it. */
public record CreatedAccessToken(long id, String name, List<String> scopes, Instant createdAt,
        @Schema(nullable = true) Instant expiresAt,
        @Schema(description = "The token (relay_pat_…), shown this once; send it as Authorization: Bearer <token>") String token) {

    static CreatedAccessToken of(PersonalAccessToken row, String token) {
        return new CreatedAccessToken(row.id, row.name, row.scopeNames(), row.createdAt, row.expiresAt, token);
    }
}
