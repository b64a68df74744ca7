package nl.relay.web.announcements;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.community.announcements.NewAnnouncement;
import nl.relay.community.announcements.PostAnnouncement;
import nl.relay.groups.Group;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.RefusedAction;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The announcement form for admins and communications: a text, to everyone or to one of their groups, pinned until
 * acknowledged or until an optional moment in Dutch time. It posts through {@link PostAnnouncement}, as the API does.
 */
@Path("/announcements/new")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AnnouncementFormPage {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** What was typed, kept when the form is refused. */
    public record Draft(String body, String groupId, String expiresAt) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(String lang, Draft draft, List<Group> groups,
                List<Problem.FieldError> errors);
    }

    private final PageSession session;
    private final Caller caller;
    private final PostAnnouncement postAnnouncement;
    private final RequestLanguage language;
    private final RefusedAction refusedAction;

    AnnouncementFormPage(PageSession session, Caller caller, PostAnnouncement postAnnouncement,
            RequestLanguage language, RefusedAction refusedAction) {
        this.session = session;
        this.caller = caller;
        this.postAnnouncement = postAnnouncement;
        this.language = language;
        this.refusedAction = refusedAction;
    }

    @GET
    @Operation(hidden = true)
    public Response form() {
        return session.signedIn(author -> PostAnnouncement.mayAnnounce(caller)
                ? Response.ok(page(author, new Draft("", "", ""), List.of())).build()
                : refused());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response post(@FormParam("body") String body, @FormParam("groupId") String groupId,
            @FormParam("expiresAt") String expiresAt) {
        return session.signedIn(author -> {
            if (!PostAnnouncement.mayAnnounce(caller)) {
                return refused();
            }
            Draft draft = new Draft(body == null ? "" : body, blankToEmpty(groupId), blankToEmpty(expiresAt));
            try {
                long id = postAnnouncement.post(caller, new NewAnnouncement(draft.body(), group(draft.groupId()),
                        expiry(draft.expiresAt())));
                return Response.seeOther(URI.create("/posts/" + id)).build();
            } catch (InvalidInput e) {
                return Response.status(422).entity(page(author, draft, FormErrors.of(e, "body"))).build();
            }
        });
    }

    private TemplateInstance page(long author, Draft draft, List<Problem.FieldError> errors) {
        return Templates.form(language.code(), draft, Group.postableBy(author), errors).setLocale(language.locale());
    }

    private Response refused() {
        return refusedAction.page(new NotAllowed("Only admins and communications post announcements."), "/",
                MessageBundles.get(AnnouncementMessages.class, Localized.Literal.of(language.code())).new_refused());
    }

    /** Everyone when left empty; else a group's id (whether they may post in it, the use case decides). */
    private static Long group(String groupId) {
        if (groupId.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(groupId);
        } catch (NumberFormatException e) {
            throw new InvalidInput("groupId", "is not a group you can post in");
        }
    }

    /** A date and time as the browser's date-time field sends it, in Dutch time; none when left empty. */
    private static Instant expiry(String expiresAt) {
        if (expiresAt.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(expiresAt).atZone(DUTCH_TIME).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInput("expiresAt", "must be a date and time like 2026-06-01T09:00");
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
