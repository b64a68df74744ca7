package nl.relay.web.groups;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.groups.CreateGroup;
import nl.relay.groups.Group;
import nl.relay.groups.GroupDetails;
import nl.relay.groups.GroupView;
import nl.relay.groups.GroupViews;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Every group, searchable (private ones by name and description), and starting a new one. */
@Path("/groups")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class GroupsPage {

    private static final int LIMIT = 100;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance groups(String lang, String q, boolean archived, List<GroupView> groups,
                boolean more, GroupDetails draft, List<Problem.FieldError> errors);
    }

    private final PageSession session;
    private final GroupViews views;
    private final CreateGroup createGroup;
    private final RequestLanguage language;

    GroupsPage(PageSession session, GroupViews views, CreateGroup createGroup, RequestLanguage language) {
        this.session = session;
        this.views = views;
        this.createGroup = createGroup;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response groups(@QueryParam("q") String query, @QueryParam("archived") String archived) {
        return session.signedIn(reader -> Response.ok(page(reader, ControlCharacters.clean(query),
                "true".equals(archived), new GroupDetails("", "", "public"), List.of())).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("name") String name, @FormParam("description") String description,
            @FormParam("visibility") String visibility) {
        return session.signedIn(reader -> {
            GroupDetails draft = new GroupDetails(text(name), text(description), text(visibility));
            try {
                Group group = createGroup.create(reader, draft);
                return Response.seeOther(URI.create("/groups/" + group.id)).build();
            } catch (ProblemException e) {
                return Response.status(e.status())
                        .entity(page(reader, null, false, draft, FormErrors.of(e, "name"))).build();
            }
        });
    }

    private static String text(String value) {
        String cleaned = value == null ? null : ControlCharacters.clean(value);
        return cleaned == null ? null : cleaned.strip();
    }

    private TemplateInstance page(long reader, String query, boolean archived, GroupDetails draft,
            List<Problem.FieldError> errors) {
        List<Group> groups = Group.listed(query, archived, "", 0, LIMIT + 1);
        return Templates.groups(language.code(), query, archived,
                views.of(groups.stream().limit(LIMIT).toList(), reader), groups.size() > LIMIT, draft, errors)
                .setLocale(language.locale());
    }
}
