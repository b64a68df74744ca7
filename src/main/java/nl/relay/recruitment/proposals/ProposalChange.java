package nl.relay.recruitment.proposals;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal's new status. */
public record ProposalChange(@Schema(description = "interview, hired or rejected") String status) {
}
