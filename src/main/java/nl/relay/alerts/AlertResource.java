package nl.relay.alerts;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.alerts.feed.RenewFeedToken;
import nl.relay.alerts.matching.Draft;
import nl.relay.alerts.matching.DraftReach;
import nl.relay.alerts.matching.PreviewReach;
import nl.relay.alerts.matching.TryAlertQuery;
import nl.relay.alerts.query.InvalidAlertQuery;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/alerts}: term alerts, their matches, trying a query, and a draft's reach. */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Term alerts")
public class AlertResource {

    private final Caller caller;
    private final CreateAlert createAlert;
    private final ChangeAlert changeAlert;
    private final DeleteAlert deleteAlert;
    private final RenewFeedToken renewFeedToken;
    private final AlertViews alertViews;
    private final AlertMatches matches;
    private final TryAlertQuery tryQuery;
    private final PreviewReach previewReach;
    private final PostViews postViews;

    AlertResource(Caller caller, CreateAlert createAlert, ChangeAlert changeAlert, DeleteAlert deleteAlert,
            RenewFeedToken renewFeedToken, AlertViews alertViews, AlertMatches matches, TryAlertQuery tryQuery,
            PreviewReach previewReach, PostViews postViews) {
        this.caller = caller;
        this.createAlert = createAlert;
        this.changeAlert = changeAlert;
        this.deleteAlert = deleteAlert;
        this.renewFeedToken = renewFeedToken;
        this.alertViews = alertViews;
        this.matches = matches;
        this.tryQuery = tryQuery;
        this.previewReach = previewReach;
        this.postViews = postViews;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an alert", description = "name (1-100 characters), query (the alert query "
            + "language, up to 1,000 characters; a syntax error is a 422 naming its position), frequency instant "
            + "(default), daily or weekly, channels any of app (default) and email, groupId for a team alert "
            + "(you must be an owner or admin of the group).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "403", description = "Only the group's owners and admins may add a team alert.")
    @APIResponse(responseCode = "409", description = "You have the most alerts one may have; delete one to add another.")
    public Response create(@NotNull AlertDetails request) {
        Alert alert = createAlert.create(caller.accountId(), request);
        return Response.created(URI.create("/api/alerts/" + alert.id))
                .entity(alertViews.of(alert, caller.accountId())).build();
    }

    @GET
    @Operation(summary = "My alerts", description = "Your own alerts and your groups' team alerts, newest first.")
    public Page<AlertView> list(@BeanParam PageRequest page) {
        long before = page.cursor(1).map(c -> c.longKey(0)).orElse(Long.MAX_VALUE);
        List<Alert> alerts = Alert.receivedBy(caller.accountId(), before, page.fetchSize());
        return Page.of(alerts, page, a -> Cursor.of(a.id)).mapAll(items -> alertViews.of(items, caller.accountId()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One alert")
    public AlertView get(@PathParam("id") String id) {
        return alertViews.of(AlertAccess.require(AlertAccess.id(id), caller.accountId()), caller.accountId());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an alert", description = "Absent fields stay as they are; the group cannot change. "
            + "A team alert is changed by its group's owners and admins.")
    @APIResponse(responseCode = "200", description = "The alert as changed")
    @APIResponse(responseCode = "403", description = "Only the group's owners and admins may change a team alert.")
    public AlertView change(@PathParam("id") String id, @NotNull AlertDetails request) {
        Alert alert = changeAlert.change(caller.accountId(), AlertAccess.id(id), request);
        return alertViews.of(alert, caller.accountId());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an alert", description = "With its matches and notifications. Answers 204.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Only the group's owners and admins may delete a team alert.")
    public Response delete(@PathParam("id") String id) {
        deleteAlert.delete(caller.accountId(), AlertAccess.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/feed-token")
    @Operation(summary = "Renew the feed address", description = "A new secret for the alert's Atom feed; the old "
            + "address is refused from now on. Answers the alert with its new feedUrl.")
    public AlertView renewFeed(@PathParam("id") String id) {
        Alert alert = renewFeedToken.renew(caller.accountId(), AlertAccess.id(id));
        return alertViews.of(alert, caller.accountId());
    }

    @GET
    @Path("/{id}/matches")
    @Operation(summary = "The posts an alert matched", description = "Newest first; only posts you may read.")
    public Page<PostView> matches(@PathParam("id") String id, @BeanParam PageRequest page) {
        Alert alert = AlertAccess.require(AlertAccess.id(id), caller.accountId());
        long before = page.cursor(1).map(c -> c.longKey(0)).orElse(Long.MAX_VALUE);
        List<Long> ids = matches.forReader(alert.id, caller.accountId(), before, page.fetchSize());
        return Page.of(ids, page, postId -> Cursor.of(postId))
                .mapAll(items -> postViews.ofIds(items, caller.accountId()));
    }

    @POST
    @Path("/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Try a query", description = "The recent posts (up to the last 2,000 you may read) the query "
            + "would have matched, newest first, at most 50. An invalid query answers valid false with the error "
            + "and its position.")
    @APIResponse(responseCode = "200", description = "Whether the query is valid, and what it matches")
    @APIResponse(responseCode = "429", description = "Too many tries in a minute; Retry-After says when to try again.")
    public QueryTrial test(@NotNull QueryToTry request) {
        try {
            List<Long> ids = tryQuery.matches(caller.accountId(), request.query());
            return new QueryTrial(true, null, postViews.ofIds(ids, caller.accountId()));
        } catch (InvalidAlertQuery e) {
            return new QueryTrial(false, new QueryTrial.Error(e.reason(), e.position()), List.of());
        }
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A draft's reach", description = "How many alerts a post with this body, kind, group, client "
            + "and sector would match, and how many people (not you) they would tell. Below 3 people neither count "
            + "is given, only fewerThan: 3. A draft for a private group counts only that group's own team alerts.")
    @APIResponse(responseCode = "200", description = "The counts, or fewerThan when fewer than 3 people would be told")
    @APIResponse(responseCode = "429", description = "Too many previews (30 a minute, 500 a day); Retry-After says "
            + "when to try again.")
    public DraftReach preview(@NotNull Draft request) {
        return previewReach.preview(caller.accountId(), request);
    }

    /** What to try. */
    public record QueryToTry(String query) {
    }

    /** Whether a query is valid and, if so, what it would have matched. */
    public record QueryTrial(boolean valid, @Schema(nullable = true) Error error, List<PostView> matches) {

        /** What is wrong with the query, and where (counting characters from 1). */
        public record Error(String message, @Schema(nullable = true) Integer position) {
        }
    }
}
