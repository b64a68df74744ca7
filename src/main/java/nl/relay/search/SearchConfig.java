package nl.relay.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** How search reads what people ask. */
@ConfigMapping(prefix = "relay.search")
public interface SearchConfig {

    /** The time zone whose days the {@code from} and {@code to} dates of a search mean. */
    @WithDefault("Europe/Amsterdam")
    ZoneId timeZone();
}
