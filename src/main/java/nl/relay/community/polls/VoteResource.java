package nl.relay.community.polls;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.ReadablePosts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Voting in a poll: one vote per person, changeable or taken back until the poll closes. */
@Path("/api/posts/{id}/vote")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Posts")
public class VoteResource {

    private final Caller caller;
    private final CastVote castVote;
    private final PostViews views;

    VoteResource(Caller caller, CastVote castVote, PostViews views) {
        this.caller = caller;
        this.castVote = castVote;
        this.views = views;
    }

    /** The option voted for, by its 0-based index in the poll's options. */
    public record Vote(@NotNull @Schema(required = true, description = "The option's 0-based index") Integer option) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vote in a poll", description = "Replaces your earlier vote. At most relay.limits.votes "
            + "votes and withdrawals a minute (60). The answer shows the votes per option, now that you voted.")
    @APIResponse(responseCode = "200", description = "The poll's post with your vote")
    @APIResponse(responseCode = "404", description = "No such post, one you may not read, or no poll.")
    @APIResponse(responseCode = "409", description = "The poll closed, or the post was removed.")
    @APIResponse(responseCode = "422", description = "option is not one of the poll's options.")
    @APIResponse(responseCode = "429", description = "Too many votes this minute; Retry-After says when to retry.")
    public PostView vote(@PathParam("id") String id, @Valid @NotNull Vote vote) {
        long postId = ReadablePosts.id(id);
        castVote.vote(caller.accountId(), postId, vote.option());
        return views.ofIds(List.of(postId), caller.accountId()).get(0);
    }

    @DELETE
    @Operation(summary = "Take back my vote", description = "Idempotent; until the poll closes.")
    @APIResponse(responseCode = "200", description = "The poll's post without your vote")
    @APIResponse(responseCode = "404", description = "No such post, one you may not read, or no poll.")
    @APIResponse(responseCode = "409", description = "The poll closed, or the post was removed.")
    @APIResponse(responseCode = "429", description = "Too many votes this minute; Retry-After says when to retry.")
    public PostView withdraw(@PathParam("id") String id) {
        long postId = ReadablePosts.id(id);
        castVote.withdraw(caller.accountId(), postId);
        return views.ofIds(List.of(postId), caller.accountId()).get(0);
    }
}
