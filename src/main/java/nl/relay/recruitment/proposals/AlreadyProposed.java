package nl.relay.recruitment.proposals;

import java.time.Instant;
import java.util.Map;
import nl.relay.platform.errors.Conflict;
import nl.relay.posts.PostView;

/** The candidate was already proposed to this client: who did it, and when (extension members of the 409). */
public class AlreadyProposed extends Conflict {

    private final PostView.Person proposedBy;
    private final Instant proposedAt;
    private final String clientName;

    AlreadyProposed(PostView.Person proposedBy, Instant proposedAt, String clientName) {
        super(proposedBy.displayName() + " already proposed this candidate to " + clientName + " on "
                + proposedAt.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate() + ".");
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.clientName = clientName;
    }

    public PostView.Person proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String clientName() {
        return clientName;
    }

    /** The 409's body as documented: the standard members, then who proposed the candidate and when. */
    public record Body(String type, String title, int status, String detail, PostView.Person proposedBy,
            Instant proposedAt) {
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("proposedBy", proposedBy, "proposedAt", proposedAt);
    }
}
