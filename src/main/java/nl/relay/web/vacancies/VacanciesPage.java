package nl.relay.web.vacancies;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.groups.Group;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostVisibility;
import nl.relay.recruitment.vacancies.PostVacancy;
import nl.relay.recruitment.vacancies.Vacancy;
import nl.relay.recruitment.vacancies.VacancyBoard;
import nl.relay.recruitment.vacancies.VacancyFilter;
import nl.relay.recruitment.vacancies.VacancyView;
import nl.relay.recruitment.vacancies.VacancyViews;
import nl.relay.web.FieldErrors;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.RegionOptions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The vacancy board with its filters, and the form recruiters post a vacancy with. */
@Path("/vacancies")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class VacanciesPage {

    private static final int PAGE_SIZE = 20;
    /** The most clients the board's filter lists; a longer list is no help to choose from. */
    private static final int CLIENT_CHOICES = 300;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance board(String lang, VacancyFilter filter, List<ClientChoice> clients,
                RegionOptions regions, List<VacancyView> vacancies, String next, boolean recruiter,
                FieldErrors errors);

        static native TemplateInstance form(String lang, VacancyForm form, RegionOptions regions, List<Group> groups,
                FieldErrors errors);

        static native TemplateInstance refused(String lang);
    }

    /** A client the board's filter offers: one with a vacancy the reader may see. */
    public record ClientChoice(Long id, String name) {
    }

    private final PageSession session;
    private final Caller caller;
    private final VacancyBoard board;
    private final VacancyViews views;
    private final PostVacancy postVacancy;
    private final RequestLanguage language;
    private final PostVisibility visibility;
    private final EntityManager entityManager;

    VacanciesPage(PageSession session, Caller caller, VacancyBoard board, VacancyViews views, PostVacancy postVacancy,
            RequestLanguage language, PostVisibility visibility, EntityManager entityManager) {
        this.session = session;
        this.caller = caller;
        this.board = board;
        this.views = views;
        this.postVacancy = postVacancy;
        this.language = language;
        this.visibility = visibility;
        this.entityManager = entityManager;
    }

    @GET
    @Operation(hidden = true)
    public Response board(@BeanParam VacancyFilter filter, @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            boolean recruiter = caller.hasRole(Role.RECRUITER);
            Long before = PageSession.lenient(cursor, 1, c -> c.longKey(0));
            PageRequest request = PageRequest.at(null, PAGE_SIZE);
            try {
                Page<VacancyView> page = Page.of(board.page(reader, filter, before, request.fetchSize()), request,
                        v -> Cursor.of(v.id)).mapAll(vacancies -> views.of(vacancies, recruiter, language.isEnglish()));
                return Response.ok(board(reader, filter, page.items(), page.next(), recruiter, FieldErrors.NONE))
                        .build();
            } catch (ProblemException e) {
                return Response.status(e.status())
                        .entity(board(reader, filter, List.of(), null, recruiter,
                                new FieldErrors(FormErrors.of(e, "filter"))))
                        .build();
            }
        });
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public Response form() {
        return session.signedIn(reader -> caller.hasRole(Role.RECRUITER)
                ? Response.ok(form(reader, VacancyForm.blank(), FieldErrors.NONE)).build()
                : refused());
    }

    /** Posts the vacancy and shows it; a refusal shows the form again with each error at its field. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response post(@BeanParam VacancyForm form) {
        return session.signedIn(reader -> {
            if (!caller.hasRole(Role.RECRUITER)) {
                return refused();
            }
            try {
                Vacancy vacancy = postVacancy.post(reader, form.newVacancy());
                return Response.seeOther(URI.create("/vacancies/" + vacancy.id)).build();
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(form(reader, form, new FieldErrors(FormErrors.of(e,
                        "title")))).build();
            }
        });
    }

    private TemplateInstance board(long reader, VacancyFilter filter, List<VacancyView> vacancies, String next,
            boolean recruiter,
            FieldErrors errors) {
        List<ClientChoice> clients = clientChoices(reader);
        String nextHref = next == null
                ? null
                : "/vacancies?" + query("client", filter.client) + query("skill",
                        filter.skill) + query("region", filter.region) + query("status", filter.status) + "cursor="
                        + next;
        return Templates.board(language.code(), filter, clients, RegionOptions.of(language.isEnglish()), vacancies,
                nextHref, recruiter, errors).setLocale(language.locale());
    }

    /**
     * The clients of vacancies whose post the reader may see (of any status, as the filter finds them), in name
     * order, at most {@link #CLIENT_CHOICES}: a vacancy in a private group the reader is not in names nobody here.
     */
    private List<ClientChoice> clientChoices(long reader) {
        return NativeSql.select(entityManager, "select k.id, k.name from client k where k.id in (select v.client_id "
                + "from vacancy v join post p on p.id = v.post_id where " + visibility.shownClause("p", ":viewer")
                + ") order by k.name_key, k.id limit :limit")
                .bind("viewer", reader).bind("limit", CLIENT_CHOICES)
                .list(row -> new ClientChoice(row.longValue("id"), row.text("name")));
    }

    private static String query(String name, String value) {
        return value == null || value.isBlank()
                ? ""
                : name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8) + "&";
    }

    private TemplateInstance form(long reader, VacancyForm form, FieldErrors errors) {
        return Templates.form(language.code(), form, RegionOptions.of(language.isEnglish()), Group.postableBy(reader),
                errors).setLocale(language.locale());
    }

    private Response refused() {
        return Response.status(403).entity(Templates.refused(language.code()).setLocale(language.locale())).build();
    }
}
