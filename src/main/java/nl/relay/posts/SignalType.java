package nl.relay.posts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** What a client signal says changed at the client. */
public enum SignalType {

    LEAVING, NEW_MANAGER, REORGANISATION, GROWTH, TENDER, COMPLAINT, OTHER;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type by its API name ({@code new-manager}); anything else is no type. */
    public static Optional<SignalType> parse(String value) {
        for (SignalType type : values()) {
            if (type.toString().equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
