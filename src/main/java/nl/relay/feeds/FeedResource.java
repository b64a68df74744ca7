package nl.relay.feeds;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.community.announcements.PinnedAnnouncements;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The home feed, with the announcements pinned above it. */
@Path("/api/feed")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Feeds and follows")
public class FeedResource {

    private final Caller caller;
    private final HomeFeed homeFeed;
    private final PostViews views;
    private final PinnedAnnouncements pinned;

    FeedResource(Caller caller, HomeFeed homeFeed, PostViews views, PinnedAnnouncements pinned) {
        this.pinned = pinned;
        this.caller = caller;
        this.homeFeed = homeFeed;
        this.views = views;
    }

    @GET
    @Operation(summary = "My home feed", description = "Newest first: my own posts, posts of people and topics I "
            + "follow, posts of my groups and posts addressed to me (announcements included). On the first page, "
            + "pinned lists the announcements I have yet to acknowledge, to show above the feed.")
    public HomeFeedPage feed(@BeanParam PageRequest page) {
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        List<Long> ids = homeFeed.page(caller.accountId(), before, page.fetchSize());
        Page<PostView> items = Page.of(ids, page, id -> Cursor.of(id))
                .mapAll(some -> views.ofIds(some, caller.accountId()));
        List<PostView> top = before == null
                ? views.ofIds(pinned.of(caller.accountId()), caller.accountId())
                : List.of();
        return new HomeFeedPage(items.items(), items.next(), top);
    }
}
