package nl.relay.recruitment.candidates;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where a candidate offer stands: available, in process with a client, placed, or withdrawn. */
public enum CandidateStatus {

    AVAILABLE, IN_PROCESS, PLACED, WITHDRAWN;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CandidateStatus> parse(String value) {
        for (CandidateStatus status : values()) {
            if (status.toString().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
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
