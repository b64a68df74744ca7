package nl.relay.community.insight;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** How the admins' insight reads a period. */
@ConfigMapping(prefix = "relay.insight")
public interface InsightConfig {

    /** The time zone whose days and ISO weeks (Monday to Sunday) the insight counts in. */
    @WithDefault("Europe/Amsterdam")
    ZoneId timeZone();

    /** The weeks shown when no period is asked for: this week and the ones before it. */
    @WithDefault("12")
    int defaultWeeks();

    /** The longest period asked for, in days from {@code from} to {@code to}. */
    @WithDefault("731")
    int maxDays();
}
