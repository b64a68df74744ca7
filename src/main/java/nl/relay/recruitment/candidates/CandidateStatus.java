package nl.relay.recruitment.candidates;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.Set;
import nl.relay.platform.text.ApiNames;

/** Where a candidate offer stands: available, in process with a client, placed, or withdrawn. */
public enum CandidateStatus {

    AVAILABLE, IN_PROCESS, PLACED, WITHDRAWN;

    @JsonValue
    @Override
    public String toString() {
        return ApiNames.of(this);
    }

    public static Optional<CandidateStatus> parse(String value) {
        return ApiNames.parse(CandidateStatus.class, value);
    }

    /** Available and in process are active; placed and withdrawn are final. */
    public boolean isActive() {
        return this == AVAILABLE || this == IN_PROCESS;
    }

    /** The statuses an offer may move to from this one. */
    public Set<CandidateStatus> next() {
        return switch (this) {
            case AVAILABLE -> Set.of(IN_PROCESS, WITHDRAWN);
            case IN_PROCESS -> Set.of(AVAILABLE, PLACED, WITHDRAWN);
            case PLACED, WITHDRAWN -> Set.of();
        };
    }

    public static String known() {
        return "available, in-process, placed, withdrawn";
    }
}
