package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.relay.accounts.Account;
import nl.relay.platform.database.RowLocks;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.privacy.retention.ConsentTerms;

/**
 * The owner extends how long the person behind their candidate is kept, with fresh consent: consent is given as of
 * when the person was informed again, and retention keeps them one consent period (a year by default) from then.
 */
@ApplicationScoped
public class RenewConsent {

    private final CandidateViews candidates;
    private final Clock clock;

    RenewConsent(CandidateViews candidates, Clock clock) {
        this.candidates = candidates;
        this.clock = clock;
    }

    /** The fresh consent: when and how the person was informed again. */
    public record FreshConsent(Instant informedAt, String informedHow) {
    }

    @Transactional
    public Candidate renew(Account owner, String rawId, FreshConsent request) {
        Candidate candidate = ChangeCandidate.lockedOwn(candidates, owner, rawId);
        List<Problem.FieldError> errors = new ArrayList<>();
        ConsentTerms.checkInformed("", request == null ? null : request.informedAt(),
                request == null ? null : request.informedHow(), true, clock.instant(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // locked and read again: anonymisation or an erasure may have blanked the person meanwhile, and the change
        // below writes every column back
        CandidatePerson person = RowLocks.locked(CandidatePerson.class, candidate.id)
                .orElseThrow(CandidateViews::notFound);
        if (person.anonymisedAt != null) {
            throw new Conflict("The person behind this candidate was anonymised: there is no one left to keep.");
        }
        person.consentGiven = true;
        person.consentInformedAt = request.informedAt().truncatedTo(ChronoUnit.MICROS);
        person.consentInformedHow = request.informedHow().strip();
        return candidate;
    }
}
