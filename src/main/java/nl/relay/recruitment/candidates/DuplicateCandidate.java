package nl.relay.recruitment.candidates;

import java.util.Map;
import nl.relay.platform.errors.Conflict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The person is already on offer as an active candidate: a 409 naming that offer and its owner, never the
 * person's details.
 */
public class DuplicateCandidate extends Conflict {

    private final Existing existing;

    DuplicateCandidate(Existing existing) {
        super(existing.candidateId() == null
                ? "This person is already on offer by " + existing.owner().username() + ", in a group you are not in."
                : "This person is already on offer as candidate " + existing.candidateId() + " (" + existing.path()
                        + ") by " + existing.owner().username() + ".");
        this.existing = existing;
    }

    public Existing existing() {
        return existing;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("existing", existing);
    }

    /**
     * The active offer of the same person: its owner, and its id and API path when you may read it (null for an
     * offer in a group you are not in: ask its owner).
     */
    public record Existing(@Schema(nullable = true) Long candidateId, @Schema(nullable = true) String path,
            CandidateView.Owner owner) {
    }

    /** The 409 body as documented. */
    public record Body(String type, String title, int status, String detail, Existing existing) {
    }
}
