package nl.relay.feeds;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The home feed. */
@Path("/api/feed")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Feeds and follows")
public class FeedResource {

    private final Caller caller;
    private final HomeFeed homeFeed;
    private final PostViews views;

    FeedResource(Caller caller, HomeFeed homeFeed, PostViews views) {
        this.caller = caller;
        this.homeFeed = homeFeed;
        this.views = views;
    }

    @GET
    @Operation(summary = "My home feed", description = "Newest first: my own posts, posts of people and topics I "
            + "follow, and posts addressed to me.")
    public Page<PostView> feed(@BeanParam PageRequest page) {
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        List<Long> ids = homeFeed.page(caller.accountId(), before, page.fetchSize());
        return Page.of(ids, page, id -> Cursor.of(id)).mapAll(items -> views.ofIds(items, caller.accountId()));
    }
}
