package nl.relay.community.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** {@code /api/moderation}: the queue of reported posts, the decisions on them and the audit trail (moderators, admins). */
@Path("/api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MODERATOR_NAME, Role.ADMIN_NAME})
@Tag(name = "Moderation")
public class ModerationResource {

    private final Caller caller;
    private final ModerationQueue queue;
    private final HideReportedPost hide;
    private final DismissReport dismiss;
    private final RestorePost restore;
    private final ModerationAudit audit;

    ModerationResource(Caller caller, ModerationQueue queue, HideReportedPost hide, DismissReport dismiss,
            RestorePost restore, ModerationAudit audit) {
        this.caller = caller;
        this.queue = queue;
        this.hide = hide;
        this.dismiss = dismiss;
        this.restore = restore;
        this.audit = audit;
    }

    @GET
    @Path("/reports")
    @Operation(summary = "The moderation queue (moderators, admins)", description = "Reports by status, newest first: "
            + "open (a review the author of a hidden post asked for is open again, with reviewAskedAt), hidden or "
            + "dismissed. Each with its post as written, private groups' and hidden ones too, the "
            + "reasons and how many reported it; reporters are not named here (the audit names them). A private "
            + "group's post you are not a member of is logged in the audit as read through the queue.")
    @APIResponse(responseCode = "200", description = "A page of the queue")
    @APIResponse(responseCode = "403", description = "Moderators and admins only.")
    @APIResponse(responseCode = "422", description = "A status other than open, hidden or dismissed.")
    public Page<ModerationQueue.Item> reports(
            @Parameter(description = "open (default), hidden or dismissed", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "open", "hidden", "dismissed"})) @QueryParam("status") String status,
            @BeanParam PageRequest page) {
        String chosen = status == null || status.isBlank() ? "open" : status.strip();
        if (!ModerationQueue.STATUSES.contains(chosen)) {
            throw new InvalidInput("status", "must be open, hidden or dismissed");
        }
        Long cursor = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        return queue.page(caller.accountId(), chosen, cursor, page);
    }

    @POST
    @Path("/reports/{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(204)
    @Operation(summary = "Hide the reported post", description = "reason 1-500 characters, shown to the post's author "
            + "(who is notified; reporters are never named to them). The post leaves every feed, search, alert, "
            + "count and mail for everyone but its author. On a review the author asked for, the post stays hidden "
            + "with this reason (kept hidden).")
    @APIResponse(responseCode = "204", description = "Hidden")
    @APIResponse(responseCode = "403", description = "Moderators and admins only.")
    @APIResponse(responseCode = "404", description = "No such report.")
    @APIResponse(responseCode = "409", description = "The report was decided already, or the post was removed.")
    @APIResponse(responseCode = "422", description = "No reason, or one longer than 500 characters.")
    public void hide(@PathParam("id") String id, Decision request) {
        hide.hide(caller.accountId(), OpenReports.id(id), request == null ? null : request.reason());
    }

    @POST
    @Path("/reports/{id}/dismiss")
    @ResponseStatus(204)
    @Operation(summary = "Dismiss the report", description = "Nothing wrong: the report leaves the queue, the post "
            + "stays. Not for a review of a hidden post (restore it or keep it hidden).")
    @APIResponse(responseCode = "204", description = "Dismissed")
    @APIResponse(responseCode = "403", description = "Moderators and admins only.")
    @APIResponse(responseCode = "404", description = "No such report.")
    @APIResponse(responseCode = "409", description = "The report was decided already, or its post is hidden.")
    public void dismiss(@PathParam("id") String id) {
        dismiss.dismiss(caller.accountId(), OpenReports.id(id));
    }

    @POST
    @Path("/reports/{id}/restore")
    @ResponseStatus(204)
    @Operation(summary = "Show a hidden post again", description = "On a review its author asked for: the post is "
            + "shown again wherever it was, and the report closes as dismissed.")
    @APIResponse(responseCode = "204", description = "Restored")
    @APIResponse(responseCode = "403", description = "Moderators and admins only.")
    @APIResponse(responseCode = "404", description = "No such report.")
    @APIResponse(responseCode = "409", description = "The report was decided already, or its post is not hidden.")
    public void restore(@PathParam("id") String id) {
        restore.restore(caller.accountId(), OpenReports.id(id));
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The moderation audit trail (moderators, admins)", description = "Newest first: every "
            + "report (with its reporter), hide, dismissal, review request, restore and keep, and every read of a post "
            + "its reader could not otherwise read (path queue: a private group's post in the queue; path archive: "
            + "an export of the legal archive, with its window).")
    @APIResponse(responseCode = "200", description = "A page of the audit trail")
    @APIResponse(responseCode = "403", description = "Moderators and admins only.")
    public Page<ModerationAudit.Entry> audit(@BeanParam PageRequest page) {
        long before = page.cursor(1).map(c -> c.longKey(0)).orElse(Long.MAX_VALUE);
        return Page.of(audit.page(before, page.fetchSize()), page, entry -> Cursor.of(entry.id()));
    }

    /** A moderator's reason for hiding. */
    public record Decision(@Schema(description = "1-500 characters, shown to the post's author") String reason) {
    }
}
