package nl.relay.posts.attachments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large and how many files a post may carry. */
@ConfigMapping(prefix = "relay.attachments")
public interface AttachmentsConfig {

    /** The largest file accepted, in bytes (10 MiB). */
    @WithDefault("10485760")
    long maxSize();

    /** The most files one post carries. */
    @WithDefault("10")
    int maxCount();

    /**
     * The largest multipart body (a form with its files) accepted, in bytes (30 MiB): larger is a 413 problem.
     * quarkus.http.limits.max-body-size must be above it (the HTTP layer cuts off what is larger without a word).
     */
    @WithDefault("31457280")
    long maxRequestSize();
}
