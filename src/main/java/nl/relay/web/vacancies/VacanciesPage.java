package nl.relay.web.vacancies;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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
import nl.relay.directory.Client;
import nl.relay.groups.Group;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.recruitment.vacancies.PostVacancy;
import nl.relay.recruitment.vacancies.Vacancy;
import nl.relay.recruitment.vacancies.VacancyBoard;
import nl.relay.recruitment.vacancies.VacancyFilter;
import nl.relay.recruitment.vacancies.VacancyView;
import nl.relay.recruitment.vacancies.VacancyViews;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The vacancy board with its filters, and the form recruiters post a vacancy with. */
@Path("/vacancies")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class VacanciesPage {

    private static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance board(String lang, VacancyFilter filter, List<Client> clients,
                RegionChoices regions, List<VacancyView> vacancies, String next, boolean recruiter,
                FieldErrors errors);

        static native TemplateInstance form(String lang, VacancyForm form, RegionChoices regions, List<Group> groups,
                FieldErrors errors);

        static native TemplateInstance refused(String lang);
    }

    private final PageSession session;
    private final Caller caller;
    private final VacancyBoard board;
    private final VacancyViews views;
    private final PostVacancy postVacancy;
    private final RequestLanguage language;

    VacanciesPage(PageSession session, Caller caller, VacancyBoard board, VacancyViews views, PostVacancy postVacancy,
            RequestLanguage language) {
        this.session = session;
        this.caller = caller;
        this.board = board;
        this.views = views;
        this.postVacancy = postVacancy;
        this.language = language;
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
                        v -> Cursor.of(v.id)).map(v -> views.of(v, recruiter, language.isEnglish()));
                return Response.ok(board(filter, page.items(), page.next(), recruiter, FieldErrors.NONE)).build();
            } catch (ProblemException e) {
                return Response.status(e.status())
                        .entity(board(filter, List.of(), null, recruiter, new FieldErrors(FormErrors.of(e, "filter"))))
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

    private TemplateInstance board(VacancyFilter filter, List<VacancyView> vacancies, String next, boolean recruiter,
            FieldErrors errors) {
        List<Client> clients = Client.list("id in (select v.clientId from Vacancy v) order by nameKey");
        String nextHref = next == null
                ? null
                : "/vacancies?" + query("client", filter.client) + query("skill",
                        filter.skill) + query("region", filter.region) + query("status", filter.status) + "cursor="
                        + next;
        return Templates.board(language.code(), filter, clients, RegionChoices.of(language.isEnglish()), vacancies,
                nextHref, recruiter, errors).setLocale(language.locale());
    }

    private static String query(String name, String value) {
        return value == null || value.isBlank()
                ? ""
                : name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8) + "&";
    }

    private TemplateInstance form(long reader, VacancyForm form, FieldErrors errors) {
        return Templates.form(language.code(), form, RegionChoices.of(language.isEnglish()), Group.postableBy(reader),
                errors).setLocale(language.locale());
    }

    private Response refused() {
        return Response.status(403).entity(Templates.refused(language.code()).setLocale(language.locale())).build();
    }
}
