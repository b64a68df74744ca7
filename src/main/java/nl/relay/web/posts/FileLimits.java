package nl.relay.web.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import nl.relay.posts.attachments.AttachmentsConfig;
import nl.relay.posts.attachments.Sizes;

/** How many and how large files may be, as {@code inject:fileLimits} in the templates that offer a file input. */
@Named("fileLimits")
@ApplicationScoped
public class FileLimits {

    private final AttachmentsConfig config;

    FileLimits(AttachmentsConfig config) {
        this.config = config;
    }

    public int getMaxCount() {
        return config.maxCount();
    }

    /** The largest file, as people read it (10 MiB). */
    public String getMaxSize() {
        return Sizes.readable(config.maxSize());
    }
}
