package nl.relay.recruitment.proposals;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.relay.accounts.Caller;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moving a proposal on: recruiters who proposed it, own its vacancy or own its candidate. */
@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("recruiter")
@Tag(name = "Recruitment")
public class ProposalStatusResource {

    private final Caller caller;
    private final ChangeProposal changeProposal;

    ProposalStatusResource(Caller caller, ChangeProposal changeProposal) {
        this.caller = caller;
        this.changeProposal = changeProposal;
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a proposal's status (recruiters)", description = "The proposer, the vacancy's owner "
            + "or the candidate's owner: proposed → interview → hired or rejected (proposed → rejected too). hired "
            + "fills the vacancy and places the candidate.")
    @APIResponse(responseCode = "200", description = "The proposal as changed")
    @APIResponse(responseCode = "403", description = "Recruiters only; and only the proposer or the owner of the "
            + "vacancy or the candidate.")
    @APIResponse(responseCode = "404", description = "There is no such proposal, or you may not see its vacancy.")
    @APIResponse(responseCode = "409", description = "The proposal cannot move to that status from where it is.")
    @APIResponse(responseCode = "422", description = "status is not one of proposed, interview, hired, rejected.")
    public ProposalView change(@PathParam("id") String id, @NotNull ProposalChange request) {
        long proposalId = PathIds.parse(id, () -> new NotFound("There is no proposal " + id + "."));
        return ProposalView.of(changeProposal.change(caller.accountId(), proposalId, request));
    }
}
