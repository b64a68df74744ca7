package nl.relay.recruitment.proposals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostVisibility;
import nl.relay.recruitment.vacancies.ReadableVacancies;
import nl.relay.recruitment.vacancies.Vacancy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Proposing candidates to a vacancy, and the vacancy's proposals: recruiters only. */
@Path("/api/vacancies/{id}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("recruiter")
@Tag(name = "Recruitment")
public class ProposalResource {

    private final Caller caller;
    private final ProposeCandidate proposeCandidate;
    private final ReadableVacancies vacancies;
    private final PostVisibility visibility;
    private final EntityManager entityManager;

    ProposalResource(Caller caller, ProposeCandidate proposeCandidate, ReadableVacancies vacancies,
            PostVisibility visibility, EntityManager entityManager) {
        this.caller = caller;
        this.proposeCandidate = proposeCandidate;
        this.vacancies = vacancies;
        this.visibility = visibility;
        this.entityManager = entityManager;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a candidate to the vacancy's client (recruiters)", description = "candidateId: "
            + "an available or in-process candidate you may read; the vacancy must be open. A candidate is never "
            + "proposed twice to one client (through any of its vacancies, by anyone): the second attempt answers "
            + "409 naming who proposed when (extension members proposedBy and proposedAt). An available candidate "
            + "becomes in-process, and its offer runs longer.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the proposal", content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "403", description = "Recruiters only.")
    @APIResponse(responseCode = "404", description = "There is no such vacancy, or you may not see it.")
    @APIResponse(responseCode = "409", description = "The candidate was already proposed to this client: detail, "
            + "proposedBy {username, displayName} and proposedAt say by whom and when.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = AlreadyProposed.Body.class)))
    @APIResponse(responseCode = "422", description = "No candidate you can propose, an inactive candidate, or a "
            + "vacancy that is not open.")
    public Response propose(@PathParam("id") String id, @NotNull NewProposal request) {
        long vacancyId = vacancies.require(caller.accountId(), id).id;
        Proposal proposal = proposeCandidate.propose(caller.accountId(), vacancyId, request);
        return Response.created(URI.create("/api/vacancies/" + vacancyId + "/proposals"))
                .entity(ProposalView.of(proposal)).build();
    }

    @GET
    @Operation(summary = "The vacancy's proposals (recruiters)", description = "Oldest first; only proposals of "
            + "candidates whose post you may read.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    @APIResponse(responseCode = "403", description = "Recruiters only.")
    @APIResponse(responseCode = "404", description = "There is no such vacancy, or you may not see it.")
    public Page<ProposalView> list(@PathParam("id") String id, @BeanParam PageRequest page) {
        Vacancy vacancy = vacancies.require(caller.accountId(), id);
        long after = page.cursor(1).map(c -> c.longKey(0)).orElse(0L);
        List<ProposalView> proposals = NativeSql.select(entityManager, ProposalView.SELECT
                + "join candidate c on c.id = pr.candidate_id join post p on p.id = c.post_id "
                + "where pr.vacancy_id = :vacancy and pr.id > :after and " + visibility.shownClause("p", ":viewer")
                + " order by pr.id limit :limit")
                .bind("vacancy", vacancy.id).bind("after", after).bind("viewer", caller.accountId())
                .bind("limit", page.fetchSize()).list(ProposalView::of);
        return Page.of(proposals, page, p -> Cursor.of(p.id()));
    }
}
