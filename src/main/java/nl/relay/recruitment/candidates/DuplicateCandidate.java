package nl.relay.recruitment.candidates;

import java.util.Map;
import nl.relay.platform.errors.Conflict;

/**
 * The person is already on offer as an active candidate: a 409 naming that offer and its owner, never the
 * person's details.
 */
public class DuplicateCandidate extends Conflict {

    private final Existing existing;

    DuplicateCandidate(Existing existing) {
        super("This person is already on offer as candidate " + existing.candidateId() + " (" + existing.path()
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

    /** The active offer of the same person: its id, its API path and its owner. */
    public record Existing(long candidateId, String path, CandidateView.Owner owner) {
    }

    /** The 409 body as documented. */
    public record Body(String type, String title, int status, String detail, Existing existing) {
    }
}
