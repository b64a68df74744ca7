package nl.relay.notifications;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import nl.relay.accounts.Caller;
import nl.relay.notifications.stream.NotificationStreamRoute;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import nl.relay.platform.http.QueryFlag;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** {@code /api/notifications}: my notifications, the unread count, marking them read (the live stream: NotificationStreamRoute). */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications")
public class NotificationResource {

    private final Caller caller;
    private final Notifications notifications;
    private final ReadNotifications read;

    NotificationResource(Caller caller, Notifications notifications, ReadNotifications read) {
        this.caller = caller;
        this.notifications = notifications;
        this.read = read;
    }

    @GET
    @Operation(summary = "My notifications", description = "Newest first; unread=true for the unread ones only. "
            + "Only about what I may read now.")
    public Page<NotificationView> list(@QueryParam("unread") String unread, @BeanParam PageRequest page) {
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        return Page.of(
                notifications.page(caller.accountId(), QueryFlag.parse("unread", unread), before, page.fetchSize()),
                page,
                n -> Cursor.of(n.id()));
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many notifications I have not read")
    public Map<String, Long> unreadCount() {
        return Map.of("count", notifications.unreadCount(caller.accountId()));
    }

    @POST
    @Path("/{id}/read")
    @ResponseStatus(204)
    @Operation(summary = "Mark one notification read", description = "Someone else's is not found (404).")
    @APIResponse(responseCode = "204", description = "Marked read")
    public void markRead(@PathParam("id") String id) {
        read.one(caller.accountId(), id(id));
    }

    @POST
    @Path("/read-all")
    @ResponseStatus(204)
    @Operation(summary = "Mark all my notifications read")
    @APIResponse(responseCode = "204", description = "All marked read")
    public void markAllRead() {
        read.all(caller.accountId());
    }

    static long id(String raw) {
        return PathIds.parse(raw, () -> new NotFound("There is no such notification."));
    }

}
