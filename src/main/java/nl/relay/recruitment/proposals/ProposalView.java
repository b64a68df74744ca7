package nl.relay.recruitment.proposals;

import java.time.Instant;
import nl.relay.accounts.Account;
import nl.relay.directory.Client;
import nl.relay.platform.database.Row;
import nl.relay.posts.PostView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal as the API shows it (to recruiters only). */
public record ProposalView(long id, long vacancyId, long candidateId, PostView.ClientRef client,
        PostView.Person proposedBy, Instant proposedAt,
        @Schema(description = "proposed, interview, hired or rejected") String status) {

    /**
     * What lists select to read their proposals with {@link #of(Row)}: the columns and joins for a proposal under
     * alias {@code pr}, its client's name and its proposer's names joined in, so a page of them is one query.
     */
    static final String SELECT = """
            select pr.id, pr.vacancy_id, pr.candidate_id, pr.client_id, k.name as client_name,
                   a.username as proposer_username, a.display_name as proposer_name, pr.proposed_at, pr.status
            from proposal pr
            join client k on k.id = pr.client_id
            join account a on a.id = pr.proposed_by
            """;

    public static ProposalView of(Proposal proposal) {
        Client client = Client.findById(proposal.clientId);
        Account by = Account.findById(proposal.proposedBy);
        return new ProposalView(proposal.id, proposal.vacancyId, proposal.candidateId,
                new PostView.ClientRef(client.id, client.name), new PostView.Person(by.username, by.displayName),
                proposal.proposedAt, proposal.status);
    }

    /** A row of {@link #SELECT}. */
    static ProposalView of(Row row) {
        return new ProposalView(row.longValue("id"), row.longValue("vacancy_id"), row.longValue("candidate_id"),
                new PostView.ClientRef(row.longValue("client_id"), row.text("client_name")),
                new PostView.Person(row.text("proposer_username"), row.text("proposer_name")),
                row.instant("proposed_at"), row.text("status"));
    }
}
