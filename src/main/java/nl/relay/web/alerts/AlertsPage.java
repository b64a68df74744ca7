package nl.relay.web.alerts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertView;
import nl.relay.alerts.AlertViews;
import nl.relay.alerts.CreateAlert;
import nl.relay.alerts.matching.TryAlertQuery;
import nl.relay.groups.Group;
import nl.relay.groups.GroupAccess;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.posts.PostViews;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The alerts someone receives (their own and their groups'), and making a new one, tried first if they like. */
@Path("/alerts")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AlertsPage {

    private static final int LIMIT = 100;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance alerts(String lang, List<AlertView> alerts, boolean more, List<Group> teams,
                AlertForm form, List<Problem.FieldError> errors, List<PostCard> tried);
    }

    private final PageSession session;
    private final AlertViews views;
    private final CreateAlert createAlert;
    private final TryAlertQuery tryQuery;
    private final PostViews postViews;
    private final RequestLanguage language;

    AlertsPage(PageSession session, AlertViews views, CreateAlert createAlert, TryAlertQuery tryQuery,
            PostViews postViews, RequestLanguage language) {
        this.session = session;
        this.views = views;
        this.createAlert = createAlert;
        this.tryQuery = tryQuery;
        this.postViews = postViews;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response alerts() {
        return session.signedIn(reader -> Response.ok(page(reader, AlertForm.blank(), List.of(), null)).build());
    }

    /** Saves the new alert, or only tries its query when the "try" button was used. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("query") String query,
            @FormParam("frequency") String frequency, @FormParam("app") String app, @FormParam("email") String email,
            @FormParam("groupId") String groupId, @FormParam("intent") String intent) {
        return session.signedIn(reader -> {
            AlertForm form = AlertForm.read(name, query, frequency, app, email, groupId);
            if ("try".equals(intent)) {
                return tried(reader, form, tryQuery, postViews, (errors, cards) -> page(reader, form, errors, cards));
            }
            try {
                Alert alert = createAlert.create(reader, form.details());
                return Response.seeOther(URI.create("/alerts/" + alert.id)).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(reader, form, FormErrors.of(e, "query"), null)).build();
            }
        });
    }

    /** What the "try" button shows: the recent posts the query matches, or why it cannot run. */
    static Response tried(long reader, AlertForm form, TryAlertQuery tryQuery, PostViews postViews,
            java.util.function.BiFunction<List<Problem.FieldError>, List<PostCard>, TemplateInstance> page) {
        try {
            List<PostCard> cards = PostCard.of(postViews.ofIds(tryQuery.matches(reader, form.query()), reader));
            return Response.ok(page.apply(List.of(), cards)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page.apply(FormErrors.of(e, "query"), null)).build();
        }
    }

    TemplateInstance page(long reader, AlertForm form, List<Problem.FieldError> errors,
            List<PostCard> tried) {
        List<Alert> alerts = Alert.receivedBy(reader, Long.MAX_VALUE, LIMIT + 1);
        List<Group> teams = Group.postableBy(reader).stream().filter(g -> GroupAccess.manages(g.id, reader))
                .toList();
        return Templates.alerts(language.code(), views.of(alerts.stream().limit(LIMIT).toList(), reader),
                alerts.size() > LIMIT, teams, form, errors, tried).setLocale(language.locale());
    }
}
