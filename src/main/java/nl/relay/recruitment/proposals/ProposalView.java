package nl.relay.recruitment.proposals;

import java.time.Instant;
import nl.relay.posts.PostView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal as the API shows it (to recruiters only). */
public record ProposalView(long id, long vacancyId, long candidateId, PostView.ClientRef client,
        PostView.Person proposedBy, Instant proposedAt,
        @Schema(description = "proposed, interview, hired or rejected") String status) {

    public static ProposalView of(Proposal proposal) {
        nl.relay.directory.Client client = nl.relay.directory.Client.findById(proposal.clientId);
        nl.relay.accounts.Account by = nl.relay.accounts.Account.findById(proposal.proposedBy);
        return new ProposalView(proposal.id, proposal.vacancyId, proposal.candidateId,
                new PostView.ClientRef(client.id, client.name), new PostView.Person(by.username, by.displayName),
                proposal.proposedAt, proposal.status);
    }
}
