package nl.relay.posts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import nl.relay.platform.text.ApiNames;

/**
 * What a post is: a plain note, a question, a candidate on offer, a vacancy, a client signal, praise for colleagues
 * (the people thanked are its mentions), a poll (its body is the question), or an announcement (only through
 * /api/announcements).
 */
public enum PostKind {

    NOTE, QUESTION, CANDIDATE, VACANCY, SIGNAL, PRAISE, POLL, ANNOUNCEMENT;

    @JsonValue
    @Override
    public String toString() {
        return ApiNames.of(this);
    }

    public static Optional<PostKind> parse(String value) {
        return ApiNames.parse(PostKind.class, value);
    }
}
