package nl.relay.notifications;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.posts.ReadablePosts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Attention paid to one post: acknowledging it, its read receipts, following or muting its thread. */
@Path("/api/posts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications")
public class PostAttentionResource {

    private final Caller caller;
    private final AcknowledgePost acknowledgePost;
    private final Receipts receipts;
    private final ThreadSubscriptions subscriptions;

    PostAttentionResource(Caller caller, AcknowledgePost acknowledgePost, Receipts receipts,
            ThreadSubscriptions subscriptions) {
        this.caller = caller;
        this.acknowledgePost = acknowledgePost;
        this.receipts = receipts;
        this.subscriptions = subscriptions;
    }

    @POST
    @Path("/ack")
    @ResponseStatus(204)
    @Operation(summary = "Acknowledge a must-read post", description = "For the people it is addressed to (403 for "
            + "others). Twice keeps the first time.")
    @APIResponse(responseCode = "204", description = "Acknowledged")
    @APIResponse(responseCode = "403", description = "Only the people a post is addressed to acknowledge it.")
    public void acknowledge(@PathParam("id") String id) {
        acknowledgePost.acknowledge(caller.accountId(), ReadablePosts.id(id));
    }

    @GET
    @Path("/receipts")
    @Operation(summary = "Who has read my addressed post", description = "The author only: per addressee when they "
            + "were notified, read it and acknowledged it (null until then).")
    @APIResponse(responseCode = "200", description = "Who was notified, has read and has acknowledged the post")
    @APIResponse(responseCode = "403", description = "Only the author sees who has read a post.")
    public List<Receipt> receipts(@PathParam("id") String id) {
        return receipts.of(caller.accountId(), ReadablePosts.id(id));
    }

    @PUT
    @Path("/subscription")
    @ResponseStatus(204)
    @Operation(summary = "Follow a thread", description = "Replies anywhere in the thread notify me.")
    public void follow(@PathParam("id") String id) {
        subscriptions.set(caller.accountId(), ReadablePosts.id(id), false);
    }

    @DELETE
    @Path("/subscription")
    @ResponseStatus(204)
    @Operation(summary = "Mute a thread", description = "Replies in the thread never notify me, even in threads I "
            + "started or replied in. Being addressed still does.")
    public void mute(@PathParam("id") String id) {
        subscriptions.set(caller.accountId(), ReadablePosts.id(id), true);
    }
}
