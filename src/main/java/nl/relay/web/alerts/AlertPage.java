package nl.relay.web.alerts;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongFunction;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertAccess;
import nl.relay.alerts.AlertMatches;
import nl.relay.alerts.AlertView;
import nl.relay.alerts.AlertViews;
import nl.relay.alerts.ChangeAlert;
import nl.relay.alerts.DeleteAlert;
import nl.relay.alerts.feed.RenewFeedToken;
import nl.relay.alerts.matching.TryAlertQuery;
import nl.relay.notifications.ReadNotifications;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostViews;
import nl.relay.search.Search;
import nl.relay.search.SearchCriteria;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.posts.StreamPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One alert: the posts it matched, its private feed address, and (for who may) changing or deleting it. */
@Path("/alerts/{id}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AlertPage {

    private static final int PAGE = 20;
    private static final int EARLIER = 10;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance alert(String lang, AlertView alert, AlertForm form,
                List<Problem.FieldError> errors, List<PostCard> tried, List<PostCard> matches, String next,
                List<PostCard> earlier, boolean moreEarlier, String archiveLink);
    }

    private final PageSession session;
    private final AlertViews views;
    private final AlertMatches matches;
    private final ChangeAlert changeAlert;
    private final DeleteAlert deleteAlert;
    private final RenewFeedToken renewFeedToken;
    private final TryAlertQuery tryQuery;
    private final PostViews postViews;
    private final StreamPage lists;
    private final RequestLanguage language;
    private final Search search;
    private final ReadNotifications read;

    AlertPage(PageSession session, AlertViews views, AlertMatches matches, ChangeAlert changeAlert,
            DeleteAlert deleteAlert, RenewFeedToken renewFeedToken, TryAlertQuery tryQuery, PostViews postViews,
            StreamPage lists, RequestLanguage language, Search search, ReadNotifications read) {
        this.search = search;
        this.read = read;
        this.session = session;
        this.views = views;
        this.matches = matches;
        this.changeAlert = changeAlert;
        this.deleteAlert = deleteAlert;
        this.renewFeedToken = renewFeedToken;
        this.tryQuery = tryQuery;
        this.postViews = postViews;
        this.lists = lists;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response alert(@PathParam("id") String id, @QueryParam("cursor") String cursor) {
        return found(id, (reader, alert) -> {
            read.alertOpened(reader, alert.id);
            AlertView view = views.of(alert, reader);
            return Response.ok(page(reader, view, AlertForm.of(view), List.of(), null, PageSession.before(cursor)))
                    .build();
        });
    }

    /** Saves the changes, or only tries the changed query when the "try" button was used. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response change(@PathParam("id") String id, @FormParam("name") String name,
            @FormParam("query") String query, @FormParam("frequency") String frequency, @FormParam("app") String app,
            @FormParam("email") String email, @FormParam("intent") String intent) {
        return found(id, (reader, alert) -> {
            AlertView view = views.of(alert, reader);
            AlertForm form = AlertForm.read(name, query, frequency, app, email, "");
            if ("try".equals(intent)) {
                return AlertsPage.tried(reader, form, tryQuery, postViews,
                        (errors, cards) -> page(reader, view, form, errors, cards, null));
            }
            try {
                changeAlert.change(reader, alert.id, form.details());
                return Response.seeOther(URI.create("/alerts/" + alert.id)).build();
            } catch (ProblemException e) {
                return Response.status(e.status())
                        .entity(page(reader, view, form, FormErrors.of(e, "query"), null, null)).build();
            }
        });
    }

    @POST
    @Path("/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") String id) {
        return found(id, (reader, alert) -> {
            try {
                deleteAlert.delete(reader, alert.id);
                return Response.seeOther(URI.create("/alerts")).build();
            } catch (ProblemException e) {
                AlertView view = views.of(alert, reader);
                return Response.status(e.status())
                        .entity(page(reader, view, AlertForm.of(view), FormErrors.of(e, "alert"), null, null)).build();
            }
        });
    }

    @POST
    @Path("/feed-token")
    @Operation(hidden = true)
    public Response renewFeed(@PathParam("id") String id) {
        return found(id, (reader, alert) -> {
            try {
                renewFeedToken.renew(reader, alert.id);
                return Response.seeOther(URI.create("/alerts/" + alert.id)).build();
            } catch (ProblemException e) {
                AlertView view = views.of(alert, reader);
                return Response.status(e.status())
                        .entity(page(reader, view, AlertForm.of(view), FormErrors.of(e, "alert"), null, null)).build();
            }
        });
    }

    /** The page for an alert the reader receives; any other id is simply not found. */
    private Response found(String id, AlertAction action) {
        return session.signedIn((LongFunction<Response>) reader -> {
            try {
                Alert alert = AlertAccess.require(AlertAccess.id(id), reader);
                return action.apply(reader, alert);
            } catch (NotFound e) {
                return Response.status(404).entity(lists.notFound()).build();
            }
        });
    }

    private TemplateInstance page(long reader, AlertView view, AlertForm form, List<Problem.FieldError> errors,
            List<PostCard> tried, Long before) {
        List<Long> ids = matches.forReader(view.id(), reader, before == null ? Long.MAX_VALUE : before, PAGE + 1);
        String next = ids.size() > PAGE ? Cursor.of(ids.get(PAGE - 1)).encode() : null;
        List<PostCard> cards = PostCard.of(postViews.ofIds(ids.stream().limit(PAGE).toList(), reader));
        Search.Found archive = earlier(reader, view);
        String archiveLink = "/search?q=" + URLEncoder.encode(view.query(), StandardCharsets.UTF_8) + "&to="
                + view.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        return Templates.alert(language.code(), view, form, errors, tried, cards, next,
                PostCard.of(archive.hits().stream().map(Search.Hit::post).toList()), archive.next() != null,
                archiveLink).setLocale(language.locale());
    }

    /** The posts the alert's query finds from before the alert was made, newest first: the archive's answer. */
    private Search.Found earlier(long reader, AlertView view) {
        try {
            return search.find(reader, SearchCriteria.before(view.query(), view.createdAt()), PageRequest.first(
                    EARLIER));
        } catch (ProblemException e) {
            // A query saved before today's rules that no longer parses finds nothing, like its alert.
            return new Search.Found(List.of(), null, 0);
        }
    }

    /** What a request does with the alert once found. */
    private interface AlertAction {

        Response apply(long reader, Alert alert);
    }
}
