package nl.relay.web.posts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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
import nl.relay.notifications.AcknowledgePost;
import nl.relay.notifications.NotificationView;
import nl.relay.notifications.Notifications;
import nl.relay.notifications.ReadNotifications;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.PathIds;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.ReadablePosts;
import nl.relay.web.NotificationCard;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** My notifications: the must-read posts I have not acknowledged first, then everything, newest first. */
@Path("/notifications")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class NotificationsPage {

    private static final int MUST_READ = 50;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance notifications(String lang, List<NotificationCard> mustRead,
                List<NotificationCard> all, String next);
    }

    private final PageSession session;
    private final Notifications notifications;
    private final ReadNotifications read;
    private final AcknowledgePost acknowledgePost;
    private final RequestLanguage language;
    private final StreamPage lists;

    NotificationsPage(PageSession session, Notifications notifications, ReadNotifications read,
            AcknowledgePost acknowledgePost, RequestLanguage language, StreamPage lists) {
        this.session = session;
        this.notifications = notifications;
        this.read = read;
        this.acknowledgePost = acknowledgePost;
        this.language = language;
        this.lists = lists;
    }

    @GET
    @Operation(hidden = true)
    public Response notifications(@QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            Long before = PageSession.before(cursor);
            PageRequest page = PageRequest.first(PageRequest.DEFAULT_LIMIT);
            Page<NotificationView> all = Page.of(notifications.page(reader, false, before, page.fetchSize()), page,
                    n -> Cursor.of(n.id()));
            List<NotificationCard> mustRead = before != null
                    ? List.of()
                    : NotificationCard.of(notifications.unacknowledged(reader, MUST_READ));
            return Response.ok(Templates.notifications(language.code(), mustRead, NotificationCard.of(all.items()),
                    all.next()).setLocale(language.locale())).build();
        });
    }

    @POST
    @Path("/read-all")
    @Operation(hidden = true)
    public Response readAll() {
        return session.signedIn(reader -> {
            read.all(reader);
            return back();
        });
    }

    @POST
    @Path("/{id}/read")
    @Operation(hidden = true)
    public Response readOne(@PathParam("id") String id) {
        return session.signedIn(reader -> {
            try {
                read.one(reader, parse(id));
            } catch (NotFound e) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            return back();
        });
    }

    @POST
    @Path("/ack/{postId}")
    @Operation(hidden = true)
    public Response acknowledge(@PathParam("postId") String postId) {
        return session.signedIn(reader -> {
            try {
                acknowledgePost.acknowledge(reader, ReadablePosts.id(postId));
            } catch (NotFound e) {
                return Response.status(404).entity(lists.notFound()).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(lists.notFound()).build();
            }
            return back();
        });
    }

    private static Response back() {
        return Response.seeOther(URI.create("/notifications")).build();
    }

    private static long parse(String id) {
        return PathIds.parse(id, () -> new NotFound("There is no such notification."));
    }
}
