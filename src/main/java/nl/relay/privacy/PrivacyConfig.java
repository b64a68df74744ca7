package nl.relay.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How privacy records behave: how long the read audit is kept. */
@ConfigMapping(prefix = "relay.privacy")
public interface PrivacyConfig {

    /** How long an entry of the read audit is kept before the daily purge removes it, ISO-8601 (P2Y). */
    @WithDefault("P2Y")
    Period auditRetention();
}
