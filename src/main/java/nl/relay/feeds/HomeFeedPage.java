package nl.relay.feeds;

import java.util.List;
import nl.relay.posts.PostView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the home feed, and on the first page the announcements pinned above it. */
public record HomeFeedPage(List<PostView> items, @Schema(nullable = true) String next,
        @Schema(description = "Announcements addressed to me that I have not acknowledged and that have not expired, "
                + "newest first, to show above the feed; only on the first page (empty on the others). They are in "
                + "items as well, at their own place in time, and stay there once acknowledged or expired.") List<PostView> pinned) {
}
