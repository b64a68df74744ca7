package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.Conflict;
import nl.relay.recruitment.RecruitmentConfig;

/** The owner keeps a candidate offer active: it expires one expiry period from now. */
@ApplicationScoped
public class ExtendCandidate {

    private final CandidateViews candidates;
    private final RecruitmentConfig config;
    private final Clock clock;

    ExtendCandidate(CandidateViews candidates, RecruitmentConfig config, Clock clock) {
        this.candidates = candidates;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Candidate extend(Account owner, String rawId) {
        Candidate candidate = ChangeCandidate.lockedOwn(candidates, owner, rawId);
        if (!candidate.currentStatus().isActive()) {
            throw new Conflict("A candidate that is " + candidate.status + " is no longer on offer.");
        }
        candidate.touch(clock.instant().truncatedTo(ChronoUnit.MICROS), config.candidateExpiry());
        return candidate;
    }
}
