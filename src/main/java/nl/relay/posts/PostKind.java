package nl.relay.posts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** What a post is: a plain note, a question, a candidate on offer, a vacancy, or a client signal. */
public enum PostKind {

    NOTE, QUESTION, CANDIDATE, VACANCY, SIGNAL;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PostKind> parse(String value) {
        for (PostKind kind : values()) {
            if (kind.toString().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
