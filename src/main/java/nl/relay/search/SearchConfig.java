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

    /**
     * Whether new and edited posts are indexed (read by {@code IndexPosts}' lookup condition); false only to
     * measure what indexing costs a post.
     */
    @WithDefault("true")
    boolean indexPosts();

    /** How often each instance indexes a batch of posts whose terms are missing or out of date (read by the schedule). */
    @WithDefault("2s")
    String backlogEvery();
}
