package nl.relay.community.announcements;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.ReadablePosts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Announcements: must-read posts to everyone or to a group, and how many have acknowledged them. */
@Path("/api/announcements")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Announcements")
public class AnnouncementResource {

    private final Caller caller;
    private final PostAnnouncement postAnnouncement;
    private final AnnouncementReceipts receipts;
    private final PostViews views;

    AnnouncementResource(Caller caller, PostAnnouncement postAnnouncement, AnnouncementReceipts receipts,
            PostViews views) {
        this.caller = caller;
        this.postAnnouncement = postAnnouncement;
        this.receipts = receipts;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an announcement", description = "Admins and communications only. A post of kind "
            + "announcement (body by the rules of any post), to everyone, or with groupId to the members of a group "
            + "you post in (a private group's announcement reaches only its members). Everyone it goes to (every "
            + "active account, or the group's active members, at the time of posting; never you) gets a must-read "
            + "notification and finds it pinned at the top of the home feed until they acknowledge it (POST "
            + "/api/posts/{id}/ack) or it expires (expiresAt: in the future, at most a year ahead). The answer comes "
            + "once the post is stored; the announcement reaches its audience in the background, in batches.")
    @APIResponse(responseCode = "201", description = "Posted; Location names the post", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "403", description = "Only admins and communications post announcements.")
    @APIResponse(responseCode = "422", description = "The body, group or expiry breaks its rules.")
    public Response post(@Valid @NotNull NewAnnouncement request) {
        long id = postAnnouncement.post(caller, request);
        return Response.created(URI.create("/api/posts/" + id))
                .entity(views.ofIds(List.of(id), caller.accountId()).get(0))
                .build();
    }

    @GET
    @Path("/{id}/acknowledgements")
    @Operation(summary = "How many acknowledged an announcement", description = "For its author, admins and "
            + "communications. audience counts the people the background fan-out has brought it to so far (active "
            + "accounts only): it grows until complete is true. rate = acknowledged / audience, 0 while the audience "
            + "is 0.")
    @APIResponse(responseCode = "200", description = "The audience, how many acknowledged, and the rate")
    @APIResponse(responseCode = "403", description = "Only its author, admins and communications see the rate.")
    @APIResponse(responseCode = "404", description = "No announcement you may read has this id.")
    public AcknowledgementRate acknowledgements(@PathParam("id") String id) {
        return receipts.of(caller, ReadablePosts.id(id));
    }
}
