package nl.relay.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How often one person may publish, report and vote ({@code relay.limits.*}), counted by {@link RateLimit} across
 * every instance; the hit over a limit answers 429 with Retry-After.
 */
@ConfigMapping(prefix = "relay.limits")
public interface LimitsConfig {

    /** Publishing posts and replies, by every way but mail-in (API, pages, candidates and vacancies). */
    Limit posts();

    /** Reporting posts to the moderators. */
    ReportLimit reports();

    /** Votes in polls and withdrawals of a vote, per minute. */
    @WithDefault("60")
    int votes();

    /** A limit per minute and per hour as the windows {@link RateLimit#take} counts in. */
    static RateLimit.Window[] windows(int perMinute, int perHour) {
        return new RateLimit.Window[]{new RateLimit.Window(perMinute, Duration.ofMinutes(1)),
                new RateLimit.Window(perHour, Duration.ofHours(1))};
    }

    /** At most so many per minute and per hour. */
    interface Limit {

        /** The most in one minute. */
        @WithDefault("60")
        int perMinute();

        /** The most in one hour. */
        @WithDefault("600")
        int perHour();

        /** Both windows, for {@link RateLimit#take}. */
        default RateLimit.Window[] windows() {
            return LimitsConfig.windows(perMinute(), perHour());
        }
    }

    /** Reports: fewer than posts, since each one asks a moderator's time. */
    interface ReportLimit {

        /** The most in one minute. */
        @WithDefault("10")
        int perMinute();

        /** The most in one hour. */
        @WithDefault("100")
        int perHour();

        /** Both windows, for {@link RateLimit#take}. */
        default RateLimit.Window[] windows() {
            return LimitsConfig.windows(perMinute(), perHour());
        }
    }
}
