package nl.relay.recruitment.vacancies;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Vacancies: recruiters post them, everyone who may read their post finds and reads them, the owner changes them. */
@Path("/api/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recruitment")
public class VacancyResource {

    private final Caller caller;
    private final PostVacancy postVacancy;
    private final ChangeVacancy changeVacancy;
    private final ReadableVacancies readable;
    private final VacancyBoard board;
    private final VacancyViews views;
    private final RequestLanguage language;

    VacancyResource(Caller caller, PostVacancy postVacancy, ChangeVacancy changeVacancy, ReadableVacancies readable,
            VacancyBoard board, VacancyViews views, RequestLanguage language) {
        this.caller = caller;
        this.postVacancy = postVacancy;
        this.changeVacancy = changeVacancy;
        this.readable = readable;
        this.board = board;
        this.views = views;
        this.language = language;
    }

    @POST
    @RolesAllowed("recruiter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a vacancy (recruiters)", description = "clientId (an existing client, not archived "
            + "or merged), title (1-120, one line), description (1-5,000), skills, region (a code from /api/regions), "
            + "hoursPerWeek (1-60), contractType (interim, permanent, secondment, freelance), rate? (euros per hour, "
            + "1-10,000), groupId? (a group you may post in). Publishes a post of kind vacancy with the vacancy's "
            + "text in the same transaction; invalid input stores nothing.")
    @APIResponse(responseCode = "201", description = "Posted; Location names the vacancy", content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "403", description = "Recruiters only.")
    @APIResponse(responseCode = "422", description = "Some fields are invalid; errors names each one.")
    public Response post(@NotNull NewVacancy request) {
        Vacancy vacancy = postVacancy.post(caller.accountId(), request);
        return Response.created(URI.create("/api/vacancies/" + vacancy.id)).entity(view(vacancy)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The vacancy board", description = "The vacancies whose post you may read, newest first, "
            + "filtered by client (id), skill, region (a province includes its cities) and status (open by default; "
            + "on-hold, filled, closed). Unknown values answer 422.")
    @APIResponse(responseCode = "200", description = "A page of vacancies")
    public Page<VacancyView> list(@BeanParam VacancyFilter filter, @BeanParam PageRequest page) {
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        return Page.of(board.page(caller.accountId(), filter, before, page.fetchSize()), page, v -> Cursor.of(v.id))
                .mapAll(vacancies -> views.of(vacancies, caller.hasRole(Role.RECRUITER), language.isEnglish()));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One vacancy", description = "404 when it does not exist or its post is not readable for "
            + "you (a private group's vacancy, a removed post).")
    @APIResponse(responseCode = "200", description = "The vacancy")
    @APIResponse(responseCode = "404", description = "There is no such vacancy, or you may not see it.")
    public VacancyView get(@PathParam("id") String id) {
        return view(readable.require(caller.accountId(), id));
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a vacancy (its owner, an admin)", description = "status (open, on-hold, filled, "
            + "closed) and profile fields; absent fields stay. A profile change rewrites the post (its history is "
            + "kept). Filled and closed are final.")
    @APIResponse(responseCode = "200", description = "The vacancy as changed")
    @APIResponse(responseCode = "403", description = "Only the owner or an admin can change a vacancy.")
    @APIResponse(responseCode = "404", description = "There is no such vacancy, or you may not see it.")
    @APIResponse(responseCode = "409", description = "The vacancy is filled or closed: it no longer changes.")
    @APIResponse(responseCode = "422", description = "Some fields are invalid; errors names each one.")
    public VacancyView change(@PathParam("id") String id, @NotNull VacancyChanges request) {
        long vacancyId = readable.require(caller.accountId(), id).id;
        return view(changeVacancy.change(caller.accountId(), caller.isAdmin(), vacancyId, request));
    }

    private VacancyView view(Vacancy vacancy) {
        return views.of(vacancy, caller.hasRole(Role.RECRUITER), language.isEnglish());
    }
}
