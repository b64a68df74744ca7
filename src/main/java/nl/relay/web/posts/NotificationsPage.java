package nl.relay.web.posts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.relay.notifications.AcknowledgePost;
import nl.relay.notifications.NotificationGroups;
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
import nl.relay.web.BackPath;
import nl.relay.web.NotificationCard;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * My notifications, each shown once: first, one line for each must-read post awaiting my acknowledgement;
 * then the rest, newest first, grouped by what they are about. The forms return to the page they came from
 * ({@code back}, a local path), so acknowledging in a thread stays in the thread.
 */
@Path("/notifications")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class NotificationsPage {

    /** Enough for anyone; the list below leaves out every post awaiting acknowledgement, so none is lost. */
    private static final int MUST_READ = 500;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance notifications(String lang, List<NotificationCard> mustRead,
                List<NotificationCard> all, String next, String back);
    }

    private final PageSession session;
    private final Notifications notifications;
    private final ReadNotifications read;
    private final NotificationGroups groups;
    private final AcknowledgePost acknowledgePost;
    private final RequestLanguage language;
    private final StreamPage lists;

    NotificationsPage(PageSession session, Notifications notifications, ReadNotifications read,
            NotificationGroups groups, AcknowledgePost acknowledgePost, RequestLanguage language, StreamPage lists) {
        this.session = session;
        this.notifications = notifications;
        this.read = read;
        this.groups = groups;
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
            Page<NotificationCard> all = Page.of(notifications.besidesUnacknowledged(reader, before,
                    page.fetchSize()), page, n -> Cursor.of(n.id()))
                    .mapAll(views -> NotificationCard.of(groups.of(reader, views)));
            List<NotificationCard> mustRead = before != null
                    ? List.of()
                    : NotificationCard.of(groups.of(reader, notifications.unacknowledged(reader, MUST_READ)));
            String here = cursor == null || before == null
                    ? "/notifications"
                    : "/notifications?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            return Response.ok(Templates.notifications(language.code(), mustRead, all.items(), all.next(), here)
                    .setLocale(language.locale())).build();
        });
    }

    @POST
    @Path("/read-all")
    @Operation(hidden = true)
    public Response readAll(@FormParam("back") String back) {
        return session.signedIn(reader -> {
            read.all(reader);
            return back(back);
        });
    }

    @POST
    @Path("/{id}/read")
    @Operation(hidden = true)
    public Response readOne(@PathParam("id") String id, @FormParam("also") List<String> also,
            @FormParam("back") String back) {
        return session.signedIn(reader -> {
            try {
                read.one(reader, parse(id));
            } catch (NotFound e) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            // The rest of an entry's notifications, read with it; ids that are not mine are left alone.
            read.these(reader,
                    also == null
                            ? List.of()
                            : also.stream().map(NotificationsPage::orZero).filter(n -> n > 0)
                                    .toList());
            return back(back);
        });
    }

    @POST
    @Path("/ack/{postId}")
    @Operation(hidden = true)
    public Response acknowledge(@PathParam("postId") String postId, @FormParam("back") String back) {
        return session.signedIn(reader -> {
            try {
                acknowledgePost.acknowledge(reader, ReadablePosts.id(postId));
            } catch (NotFound e) {
                return Response.status(404).entity(lists.notFound()).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(lists.notFound()).build();
            }
            return back(back);
        });
    }

    /** Back where the form was, when that is a path on this site; else to the notifications. */
    private static Response back(String back) {
        return Response.seeOther(URI.create(BackPath.or(back, "/notifications"))).build();
    }

    /** An id from a form field; anything else is 0, which is no notification. */
    private static long orZero(String raw) {
        try {
            return raw == null ? 0 : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parse(String id) {
        return PathIds.parse(id, () -> new NotFound("There is no such notification."));
    }
}
