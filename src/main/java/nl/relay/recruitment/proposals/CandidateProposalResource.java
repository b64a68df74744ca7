package nl.relay.recruitment.proposals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostVisibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a candidate was proposed: recruiters who may read the candidate see its proposals to vacancies they may read. */
@Path("/api/candidates/{id}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("recruiter")
@Tag(name = "Recruitment")
public class CandidateProposalResource {

    private final Caller caller;
    private final CandidateRows candidates;
    private final PostVisibility visibility;
    private final EntityManager entityManager;

    CandidateProposalResource(Caller caller, CandidateRows candidates, PostVisibility visibility,
            EntityManager entityManager) {
        this.caller = caller;
        this.candidates = candidates;
        this.visibility = visibility;
        this.entityManager = entityManager;
    }

    @GET
    @Operation(summary = "The candidate's proposals (recruiters)", description = "Oldest first; only proposals to "
            + "vacancies whose post you may read.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    @APIResponse(responseCode = "403", description = "Recruiters only.")
    @APIResponse(responseCode = "404", description = "There is no such candidate, or you may not see it.")
    public Page<ProposalView> list(@PathParam("id") String id, @BeanParam PageRequest page) {
        NotFound absent = new NotFound("There is no candidate " + id + ".");
        long candidateId = candidates.readable(caller.accountId(), PathIds.parse(id, () -> absent), false)
                .orElseThrow(() -> absent).id();
        long after = page.cursor(1).map(c -> c.longKey(0)).orElse(0L);
        List<ProposalView> proposals = NativeSql.select(entityManager, ProposalView.SELECT
                + "join vacancy v on v.id = pr.vacancy_id join post p on p.id = v.post_id "
                + "where pr.candidate_id = :candidate and pr.id > :after and " + visibility.shownClause("p", ":viewer")
                + " order by pr.id limit :limit")
                .bind("candidate", candidateId).bind("after", after).bind("viewer", caller.accountId())
                .bind("limit", page.fetchSize()).list(ProposalView::of);
        return Page.of(proposals, page, p -> Cursor.of(p.id()));
    }
}
