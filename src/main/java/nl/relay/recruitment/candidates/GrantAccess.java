package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.InvalidInput;

/** The owner lets a recruiter colleague read the person behind a candidate (idempotent). */
@ApplicationScoped
public class GrantAccess {

    private final CandidateViews candidates;
    private final Clock clock;

    GrantAccess(CandidateViews candidates, Clock clock) {
        this.candidates = candidates;
        this.clock = clock;
    }

    @Transactional
    public void grant(Account owner, String rawId, String username) {
        Candidate candidate = ChangeCandidate.lockedOwn(candidates, owner, rawId);
        Account colleague = Account.findByUsername(username).filter(account -> account.active)
                .orElseThrow(() -> new InvalidInput("username", "is not an active account"));
        if (!colleague.hasRole(Role.RECRUITER)) {
            throw new InvalidInput("username", "is not a recruiter: only recruiters may read a candidate's person");
        }
        if (colleague.id.equals(owner.id) || CandidateAccess.granted(candidate.id, colleague.id)) {
            return;
        }
        CandidateAccess access = new CandidateAccess();
        access.candidateId = candidate.id;
        access.accountId = colleague.id;
        access.grantedBy = owner.id;
        access.grantedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        access.persist();
    }
}
