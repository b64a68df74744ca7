package nl.relay.posts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import nl.relay.platform.text.ApiNames;

/** What a client signal says changed at the client. */
public enum SignalType {

    LEAVING, NEW_MANAGER, REORGANISATION, GROWTH, TENDER, COMPLAINT, OTHER;

    @JsonValue
    @Override
    public String toString() {
        return ApiNames.of(this);
    }

    /** The type by its API name ({@code new-manager}); anything else is no type. */
    public static Optional<SignalType> parse(String value) {
        return ApiNames.parse(SignalType.class, value);
    }
}
