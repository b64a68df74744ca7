package nl.relay.recruitment.matches;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/candidates/{id}/matches}: the open vacancies that fit a candidate, best first (recruiters). */
@Path("/api/candidates/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches")
public class CandidateMatchesResource {

    private final Caller caller;
    private final ListMatches listMatches;
    private final RequestLanguage language;

    CandidateMatchesResource(Caller caller, ListMatches listMatches, RequestLanguage language) {
        this.caller = caller;
        this.listMatches = listMatches;
        this.language = language;
    }

    @GET
    @RolesAllowed({"recruiter", "admin"})
    @Operation(summary = "Vacancies that fit a candidate (recruiter, admin)", description = "Open vacancies whose "
            + "posts you may read, sharing at least one skill with the candidate and in a region that fits (the "
            + "same region, a city and its province, two cities of one province, or remote on either side). Best "
            + "first: most shared skills, then the same region before a fit by province or remote, then the closest "
            + "hours per week, then the newest. Each shows the vacancy, the shared skills and how the regions fit. "
            + "One page of up to limit (1-100, default 20); next is always null.")
    @APIResponse(responseCode = "200", description = "The fitting vacancies, best first")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Recruiters and admins only.")
    @APIResponse(responseCode = "404", description = "No such candidate, or its post is not visible to you.")
    @APIResponse(responseCode = "422", description = "limit is not a whole number from 1 to 100.")
    public Page<MatchViews.VacancyMatch> matches(@PathParam("id") String id, @QueryParam("limit") String limit) {
        boolean english = language.isEnglish();
        return new Page<>(listMatches.list(MatchItem.Side.CANDIDATE, id, caller.accountId(),
                PageRequest.parseLimit(limit)).matches().stream().map(m -> MatchViews.vacancy(m, english))
                .toList(), null);
    }
}
