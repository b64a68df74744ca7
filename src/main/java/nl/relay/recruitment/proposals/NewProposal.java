package nl.relay.recruitment.proposals;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which candidate to propose to the vacancy. */
public record NewProposal(@Schema(description = "An active candidate you may read") Long candidateId) {
}
