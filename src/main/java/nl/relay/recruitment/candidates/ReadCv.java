package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.NotFound;

/**
 * Reads the CV of the person behind a candidate: only for those who may read the person (CandidatePerson.readBy: the
 * owner and recruiters granted access), and every read is recorded in the read audit as a read of the person. For
 * everyone else it does not exist (404).
 */
@ApplicationScoped
public class ReadCv {

    private final CandidateViews candidates;
    private final CandidateDocuments documents;

    ReadCv(CandidateViews candidates, CandidateDocuments documents) {
        this.candidates = candidates;
        this.documents = documents;
    }

    /** A CV with its content. */
    public record Cv(String filename, String contentType, byte[] content) {
    }

    @Transactional
    public Cv read(Account reader, String rawId) {
        Candidate candidate = candidates.require(reader.id, rawId);
        if (!CandidatePerson.mayRead(reader, candidate)) {
            throw notFound();
        }
        CandidateDocuments.Stored stored = documents.of(candidate.id).orElseThrow(ReadCv::notFound);
        CandidatePerson.readBy(reader, candidate).orElseThrow(ReadCv::notFound);
        return new Cv(stored.filename(), stored.contentType(), documents.content(candidate.id));
    }

    /** What the candidate's view says of the CV, for one allowed to read the person (who read it already). */
    Optional<CandidateView.CvRef> refFor(long candidateId) {
        return documents.of(candidateId).map(stored -> ref(candidateId, stored));
    }

    static CandidateView.CvRef ref(long candidateId, CandidateDocuments.Stored stored) {
        return new CandidateView.CvRef(stored.filename(), stored.contentType(), stored.size(), stored.uploadedAt(),
                "/api/candidates/" + candidateId + "/cv");
    }

    private static NotFound notFound() {
        return new NotFound("There is no CV of this candidate, or you may not read the person.");
    }
}
