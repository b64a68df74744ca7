package nl.relay.community.announcements;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How announcements reach their audience. */
@ConfigMapping(prefix = "relay.announcements")
public interface AnnouncementsConfig {

    /**
     * How many addressees one fan-out step writes (notifications and feed rows, one statement each); every step is a
     * transaction and an outbox task of its own, so ordinary posts' work runs between the steps.
     */
    @WithDefault("2000")
    int fanOutBatch();
}
