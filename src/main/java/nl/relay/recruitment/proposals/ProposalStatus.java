package nl.relay.recruitment.proposals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.Set;
import nl.relay.platform.text.ApiNames;

/** Where a proposal stands: proposed, then interview, then hired or rejected (also rejected straight away). */
public enum ProposalStatus {

    PROPOSED, INTERVIEW, HIRED, REJECTED;

    public static final String VALUES = "proposed, interview, hired or rejected";

    @JsonValue
    @Override
    public String toString() {
        return ApiNames.of(this);
    }

    /** The statuses a proposal may move on to from this one. */
    public Set<ProposalStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(INTERVIEW, REJECTED);
            case INTERVIEW -> Set.of(HIRED, REJECTED);
            default -> Set.of();
        };
    }

    public static Optional<ProposalStatus> parse(String value) {
        return ApiNames.parse(ProposalStatus.class, value);
    }
}
