package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.accounts.Account;
import nl.relay.platform.database.RowLocks;
import nl.relay.platform.errors.Conflict;
import nl.relay.posts.attachments.IncomingFile;
import nl.relay.posts.attachments.ReceiveFiles;

/**
 * The owner stores, replaces or deletes the CV of the person behind their candidate: checked and typed as files on
 * posts are (relay.attachments.max-size, not empty, the type from the content), but kept with the person's data, not
 * on the post. A person retention or an erasure anonymised has no CV any more, and takes none.
 */
@ApplicationScoped
public class StoreCv {

    /** The form field the CV comes in, and is refused under. */
    public static final String FIELD = "file";

    private final CandidateViews candidates;
    private final CandidateDocuments documents;
    private final ReceiveFiles receive;

    StoreCv(CandidateViews candidates, CandidateDocuments documents, ReceiveFiles receive) {
        this.candidates = candidates;
        this.documents = documents;
        this.receive = receive;
    }

    @Transactional
    public CandidateView.CvRef store(Account owner, String rawId, IncomingFile file) {
        Candidate candidate = ChangeCandidate.lockedOwn(candidates, owner, rawId);
        // locked: an anonymisation or erasure of the person waits for this, or this sees it
        CandidatePerson person = RowLocks.locked(CandidatePerson.class, candidate.id)
                .orElseThrow(CandidateViews::notFound);
        if (person.anonymisedAt != null) {
            throw new Conflict("The person behind this candidate was anonymised: no CV is kept for them.");
        }
        CandidateDocuments.Stored stored = documents.put(candidate.id, owner.id, receive.received(FIELD, file));
        return ReadCv.ref(candidate.id, stored);
    }

    @Transactional
    public void delete(Account owner, String rawId) {
        Candidate candidate = ChangeCandidate.lockedOwn(candidates, owner, rawId);
        documents.delete(candidate.id);
    }
}
