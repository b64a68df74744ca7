package nl.relay.recruitment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How recruitment work behaves: how long a candidate stays on offer without activity. */
@ConfigMapping(prefix = "relay.recruitment")
public interface RecruitmentConfig {

    /**
     * How long a candidate offer stays active after its last activity (offered, changed, interest shown,
     * extended), ISO-8601.
     */
    @WithDefault("P28D")
    Duration candidateExpiry();
}
