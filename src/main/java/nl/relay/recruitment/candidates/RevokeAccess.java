package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.accounts.Account;

/** The owner takes back a colleague's access to the person behind a candidate (idempotent). */
@ApplicationScoped
public class RevokeAccess {

    private final CandidateViews candidates;

    RevokeAccess(CandidateViews candidates) {
        this.candidates = candidates;
    }

    @Transactional
    public void revoke(Account owner, String rawId, String username) {
        Candidate candidate = ChangeCandidate.lockedOwn(candidates, owner, rawId);
        Account.findByUsername(username).ifPresent(colleague -> CandidateAccess.revoke(candidate.id, colleague.id));
    }
}
