package nl.relay.community.moderation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.relay.accounts.Caller;
import nl.relay.posts.ReadablePosts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reporting a post to the moderators, and the author of a hidden post asking for a review. */
@Path("/api/posts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Moderation")
public class ReportResource {

    private final Caller caller;
    private final ReportPost reportPost;
    private final AskForReview askForReview;

    ReportResource(Caller caller, ReportPost reportPost, AskForReview askForReview) {
        this.caller = caller;
        this.reportPost = reportPost;
        this.askForReview = askForReview;
    }

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a post to the moderators", description = "Anyone who may read the post; reason "
            + "1-500 characters. Every report of a post joins its one open report in the queue; once per person. "
            + "At most relay.limits.reports.per-minute (10) and per-hour (100) per person, then 429 with "
            + "Retry-After.")
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPost.ReportReceipt.class)))
    @APIResponse(responseCode = "404", description = "No post you may read.")
    @APIResponse(responseCode = "409", description = "You reported it already (while its report is open), or it was "
            + "removed.")
    @APIResponse(responseCode = "422", description = "No reason, a reason too long, or your own post.")
    @APIResponse(responseCode = "429", description = "Too many reports; Retry-After says when to try again.")
    public Response report(@PathParam("id") String id, NewReport request) {
        ReportPost.ReportReceipt receipt = reportPost.report(caller.accountId(), ReadablePosts.id(id),
                request == null ? null : request.reason());
        return Response.status(201).entity(receipt).build();
    }

    @POST
    @Path("/review")
    @Operation(summary = "Ask the moderators to look again at my hidden post", description = "The author of a hidden "
            + "post (edit it first, if you like): the report that hid it opens in the queue again, where a moderator "
            + "restores the post or keeps it hidden.")
    @APIResponse(responseCode = "202", description = "In the queue again", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPost.ReportReceipt.class)))
    @APIResponse(responseCode = "403", description = "Only the author asks for a review.")
    @APIResponse(responseCode = "404", description = "No post you may read.")
    @APIResponse(responseCode = "409", description = "The post is not hidden, or a review is asked already.")
    public Response review(@PathParam("id") String id) {
        long postId = ReadablePosts.id(id);
        long reportId = askForReview.ask(caller.accountId(), postId);
        return Response.accepted(new ReportPost.ReportReceipt(reportId, postId, "open")).build();
    }

    /** A report's reason. */
    public record NewReport(@Schema(description = "Why, 1-500 characters") String reason) {
    }
}
