package nl.relay.accounts.tokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Personal access tokens ({@code relay.access-tokens.*}). */
@ConfigMapping(prefix = "relay.access-tokens")
public interface AccessTokensConfig {

    /** The most tokens one person may have that are neither revoked nor expired. */
    @WithDefault("50")
    int maxPerAccount();

    /** How stale a token's "last used" may get: it is written at most this often per token. */
    @WithDefault("PT1M")
    Duration lastUsedPrecision();
}
