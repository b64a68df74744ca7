package nl.relay.feeds;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Whom and what I follow. */
@Path("/api/me/follows")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Feeds and follows")
public class FollowResource {

    private final Caller caller;
    private final Follows follows;

    FollowResource(Caller caller, Follows follows) {
        this.caller = caller;
        this.follows = follows;
    }

    @GET
    @Operation(summary = "Whom and what I follow")
    public Follows.FollowsView myFollows() {
        return follows.of(caller.accountId());
    }

    @PUT
    @Path("/accounts/{username}")
    @ResponseStatus(204)
    @Operation(summary = "Follow a person", description = "Their recent posts join my home feed at once.")
    @APIResponse(responseCode = "204", description = "Following")
    @APIResponse(responseCode = "422", description = "You cannot follow yourself.")
    public void followAccount(@PathParam("username") String username) {
        follows.followAccount(caller.accountId(), username);
    }

    @DELETE
    @Path("/accounts/{username}")
    @ResponseStatus(204)
    @Operation(summary = "Unfollow a person")
    public void unfollowAccount(@PathParam("username") String username) {
        follows.unfollowAccount(caller.accountId(), username);
    }

    @PUT
    @Path("/topics/{topic}")
    @ResponseStatus(204)
    @Operation(summary = "Follow a topic", description = "Case-insensitive; a leading '#' is allowed.")
    @APIResponse(responseCode = "204", description = "Following")
    @APIResponse(responseCode = "422", description = "That is not a topic.")
    public void followTopic(@PathParam("topic") String topic) {
        follows.followTopic(caller.accountId(), topic);
    }

    @DELETE
    @Path("/topics/{topic}")
    @ResponseStatus(204)
    @Operation(summary = "Unfollow a topic")
    @APIResponse(responseCode = "204", description = "No longer following")
    @APIResponse(responseCode = "422", description = "That is not a topic.")
    public void unfollowTopic(@PathParam("topic") String topic) {
        follows.unfollowTopic(caller.accountId(), topic);
    }
}
