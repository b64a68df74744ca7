package nl.relay.web.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.LongFunction;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.community.moderation.DismissReport;
import nl.relay.community.moderation.HideReportedPost;
import nl.relay.community.moderation.ModerationQueue;
import nl.relay.community.moderation.RestorePost;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.PathIds;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.web.PageSession;
import nl.relay.web.RefusedAction;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /moderation}: the queue of reported posts for moderators and admins, with hide, dismiss and restore. */
@Path("/moderation")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ModerationPage {

    private static final int PAGE = 20;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance queue(String lang, String status, List<ModerationQueue.Item> items,
                String next);
    }

    private final PageSession session;
    private final Caller caller;
    private final ModerationQueue queue;
    private final HideReportedPost hide;
    private final DismissReport dismiss;
    private final RestorePost restore;
    private final RequestLanguage language;
    private final RefusedAction refusals;

    ModerationPage(PageSession session, Caller caller, ModerationQueue queue, HideReportedPost hide,
            DismissReport dismiss, RestorePost restore, RequestLanguage language, RefusedAction refusals) {
        this.refusals = refusals;
        this.session = session;
        this.caller = caller;
        this.queue = queue;
        this.hide = hide;
        this.dismiss = dismiss;
        this.restore = restore;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response queue(@QueryParam("status") String status, @QueryParam("cursor") String cursor) {
        return moderator(reader -> {
            String chosen = status != null && ModerationQueue.STATUSES.contains(status) ? status : "open";
            Long after = PageSession.before(cursor);
            Page<ModerationQueue.Item> items = queue.page(reader, chosen, after, PageRequest.first(PAGE));
            return Response.ok(Templates.queue(language.code(), chosen, items.items(), items.next())
                    .setLocale(language.locale())).build();
        });
    }

    @POST
    @Path("/reports/{id}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response hide(@PathParam("id") String id, @FormParam("reason") String reason) {
        return moderator(reader -> {
            hide.hide(reader, reportId(id), reason);
            return back();
        });
    }

    @POST
    @Path("/reports/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response dismiss(@PathParam("id") String id) {
        return moderator(reader -> {
            dismiss.dismiss(reader, reportId(id));
            return back();
        });
    }

    @POST
    @Path("/reports/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response restore(@PathParam("id") String id) {
        return moderator(reader -> {
            restore.restore(reader, reportId(id));
            return back();
        });
    }

    /** Moderators and admins only; a refusal (403, 404, 409, 422) shows as a short page. */
    private Response moderator(LongFunction<Response> page) {
        return session.signedIn(reader -> {
            try {
                if (!caller.hasRole(Role.MODERATOR) && !caller.isAdmin()) {
                    throw new NotAllowed("Moderators and admins only.");
                }
                return page.apply(reader);
            } catch (ProblemException e) {
                return refusals.page(e, "/moderation");
            }
        });
    }

    private static long reportId(String raw) {
        return PathIds.parse(raw, () -> new NotFound("There is no such report."));
    }

    private static Response back() {
        return Response.seeOther(URI.create("/moderation")).build();
    }
}
