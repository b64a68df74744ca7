package nl.relay.recruitment.proposals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;
import nl.relay.recruitment.vacancies.ReadableVacancies;
import nl.relay.recruitment.vacancies.Vacancy;
import nl.relay.recruitment.vacancies.VacancyStatus;

/**
 * The proposer, the vacancy's owner or the candidate's owner moves a proposal on: proposed → interview → hired or
 * rejected. A hire fills the vacancy and places the candidate, so only the vacancy's owner records it, and only while
 * the vacancy still takes candidates (open or on hold) and the candidate is still available or in process.
 */
@ApplicationScoped
public class ChangeProposal {

    private final ReadableVacancies vacancies;
    private final CandidateRows candidates;
    private final Clock clock;

    ChangeProposal(ReadableVacancies vacancies, CandidateRows candidates, Clock clock) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.clock = clock;
    }

    @Transactional
    public Proposal change(long recruiterId, long proposalId, ProposalChange request) {
        Proposal proposal = Proposal.lockedById(proposalId)
                .filter(p -> vacancies.mayRead(recruiterId, Vacancy.findById(p.vacancyId)))
                .orElseThrow(() -> new NotFound("There is no proposal " + proposalId + "."));
        ProposalStatus wanted = ProposalStatus.parse(request.status())
                .orElseThrow(() -> new InvalidInput("status", "must be one of: " + ProposalStatus.VALUES));
        // The candidate is locked before the vacancy, in the order proposing takes them, so the two never deadlock.
        Optional<CandidateRows.Candidate> candidate = candidates.readable(recruiterId, proposal.candidateId, true);
        long candidateOwner = candidate.map(CandidateRows.Candidate::ownerId).orElse(-1L);
        Vacancy vacancy = vacancies.requireLocked(recruiterId, proposal.vacancyId);
        if (proposal.proposedBy != recruiterId && vacancy.ownerId != recruiterId && candidateOwner != recruiterId) {
            throw new NotAllowed("Only the proposer, the vacancy's owner or the candidate's owner can change a "
                    + "proposal.");
        }
        ProposalStatus current = ProposalStatus.parse(proposal.status).orElseThrow();
        if (wanted == current) {
            return proposal;
        }
        if (!current.next().contains(wanted)) {
            throw new Conflict("A proposal that is " + current + " cannot become " + wanted + ": it moves from "
                    + "proposed to interview, then to hired or rejected.");
        }
        if (wanted == ProposalStatus.HIRED) {
            checkHire(recruiterId, vacancy, candidate);
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        proposal.status = wanted.toString();
        proposal.changedAt = now;
        if (wanted == ProposalStatus.HIRED) {
            vacancy.status = VacancyStatus.FILLED.toString();
            vacancy.changedAt = now;
            candidates.placed(proposal.candidateId, now);
        }
        return proposal;
    }

    private static void checkHire(long recruiterId, Vacancy vacancy, Optional<CandidateRows.Candidate> candidate) {
        if (vacancy.ownerId != recruiterId) {
            throw new NotAllowed("Only the vacancy's owner records a hire: it fills the vacancy.");
        }
        if (VacancyStatus.parse(vacancy.status).orElseThrow().isFinal()) {
            throw new Conflict("The vacancy is " + vacancy.status + ": only an open or on-hold vacancy is filled "
                    + "by a hire.");
        }
        if (candidate.isEmpty() || !candidate.get().isActive()) {
            throw new Conflict("The candidate is " + candidate.map(CandidateRows.Candidate::status).orElse("gone")
                    + ": only an available or in-process candidate is placed by a hire.");
        }
    }
}
