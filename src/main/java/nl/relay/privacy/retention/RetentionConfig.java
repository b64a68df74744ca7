package nl.relay.privacy.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long the people behind candidates and referrals are kept once their procedure is over (ISO-8601 periods). */
@ConfigMapping(prefix = "relay.privacy.retention")
public interface RetentionConfig {

    /** A candidate without consent: kept this long after the offer closed (placed, withdrawn) or expired. */
    @WithDefault("P28D")
    Period withoutConsent();

    /** A candidate with consent: kept this long after the offer closed or expired, or after fresh consent. */
    @WithDefault("P1Y")
    Period withConsent();

    /** A referred person: kept this long after the vacancy closed (filled or closed). */
    @WithDefault("P28D")
    Period referrals();

    /** How long ahead the owner is warned that a person will be anonymised. */
    @WithDefault("P7D")
    Period warnAhead();

    /** How often the retention job looks for what is due ("off" in the tests, which run it themselves). */
    @WithDefault("1h")
    String checkEvery();
}
