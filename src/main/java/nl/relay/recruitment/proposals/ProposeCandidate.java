package nl.relay.recruitment.proposals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.accounts.Account;
import nl.relay.directory.Client;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.UniqueViolation;
import nl.relay.posts.PostView;
import nl.relay.recruitment.vacancies.ReadableVacancies;
import nl.relay.recruitment.vacancies.Vacancy;

/**
 * A recruiter proposes a candidate to a vacancy's client: the candidate's owner, or a colleague the owner granted
 * access to the person (proposing means sending the person to the client). A candidate is never proposed twice to
 * one client, by anyone and through any of its vacancies: the candidate row is locked, then the vacancy, and earlier
 * proposals looked up; the unique index proposal_once_per_client holds the line should two requests still cross.
 */
@ApplicationScoped
public class ProposeCandidate {

    private final ReadableVacancies vacancies;
    private final CandidateRows candidates;
    private final Clock clock;

    ProposeCandidate(ReadableVacancies vacancies, CandidateRows candidates, Clock clock) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.clock = clock;
    }

    @Transactional
    public Proposal propose(long recruiterId, long vacancyId, NewProposal request) {
        vacancies.require(recruiterId, vacancyId);
        if (request.candidateId() == null) {
            throw new InvalidInput("candidateId", "is required: the candidate to propose");
        }
        CandidateRows.Candidate candidate = candidates.readable(recruiterId, request.candidateId(), true)
                .orElseThrow(() -> new InvalidInput("candidateId", "is not a candidate you can propose"));
        // Locked after the candidate, in the order a change of a proposal takes them: its status and client as now.
        Vacancy vacancy = vacancies.requireLocked(recruiterId, vacancyId);
        Proposal.of(candidate.id(), vacancy.clientId).ifPresent(earlier -> {
            throw refusal(earlier.proposedBy, earlier.proposedAt, earlier.clientId);
        });
        if (!candidate.isActive()) {
            throw new InvalidInput("candidateId", "is " + candidate.status() + ": only an available or in-process "
                    + "candidate can be proposed");
        }
        if (!vacancy.isOpen()) {
            throw new InvalidInput("vacancy", "is " + vacancy.status + ": only an open vacancy takes proposals");
        }
        if (!candidates.mayPropose(recruiterId, candidate)) {
            throw new NotAllowed("Only the candidate's owner, or a colleague the owner granted access, proposes this "
                    + "candidate: show your interest on the candidate first.");
        }
        Proposal proposal = new Proposal();
        proposal.vacancyId = vacancy.id;
        proposal.candidateId = candidate.id();
        proposal.clientId = vacancy.clientId;
        proposal.proposedBy = recruiterId;
        proposal.proposedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        proposal.changedAt = proposal.proposedAt;
        try {
            proposal.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                throw crossed(candidate.id(), vacancy.clientId);
            }
            throw e;
        }
        candidates.proposed(candidate.id(), proposal.proposedAt);
        return proposal;
    }

    /** Another request proposed the candidate meanwhile; this transaction is spoilt, so who and when are read apart. */
    private static AlreadyProposed crossed(long candidateId, long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> Proposal.of(candidateId, clientId)
                .map(earlier -> refusal(earlier.proposedBy, earlier.proposedAt, earlier.clientId))
                .orElseThrow());
    }

    private static AlreadyProposed refusal(long proposedBy, java.time.Instant proposedAt, long clientId) {
        Account by = Account.findById(proposedBy);
        Client client = Client.findById(clientId);
        return new AlreadyProposed(new PostView.Person(by.username, by.displayName), proposedAt, client.name);
    }
}
