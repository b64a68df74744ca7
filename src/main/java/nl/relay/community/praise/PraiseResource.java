package nl.relay.community.praise;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.accounts.Caller;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The praise a colleague received, as the caller may read it. */
@Path("/api/people/{username}/praise")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Posts")
public class PraiseResource {

    private final Caller caller;
    private final ReceivedPraise praise;
    private final PostViews views;

    PraiseResource(Caller caller, ReceivedPraise praise, PostViews views) {
        this.caller = caller;
        this.praise = praise;
        this.views = views;
    }

    @GET
    @Operation(summary = "Praise a person received", description = "The praise posts that thank them, newest first: "
            + "only those you may read (praise in a private group only for its members), none removed.")
    @APIResponse(responseCode = "200", description = "One page of praise, newest first")
    @APIResponse(responseCode = "404", description = "There is no account with this username.")
    public Page<PostView> received(@PathParam("username") String username, @BeanParam PageRequest page) {
        Account person = Account.findByUsername(username)
                .orElseThrow(() -> new NotFound("There is no such person."));
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        List<Long> ids = praise.page(caller.accountId(), person.id, before, page.fetchSize());
        return Page.of(ids, page, id -> Cursor.of(id)).mapAll(items -> views.ofIds(items, caller.accountId()));
    }
}
