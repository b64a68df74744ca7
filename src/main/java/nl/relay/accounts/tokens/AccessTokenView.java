package nl.relay.accounts.tokens;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as its owner sees it in the list: never the secret, which only its creation showed. */
public record AccessTokenView(long id, String name, List<String> scopes, Instant createdAt,
        @Schema(nullable = true) Instant expiresAt, @Schema(nullable = true) Instant lastUsedAt) {

    public static AccessTokenView from(PersonalAccessToken token) {
        return new AccessTokenView(token.id, token.name, token.scopeNames(), token.createdAt, token.expiresAt,
                token.lastUsedAt);
    }
}
