package nl.relay.community.moderation;

import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.text.ControlCharacters;

/** A reason given with a report or a decision: required, 1 to 500 characters after trimming, no control codes. */
final class ModerationReason {

    static final int MAX = 500;

    private ModerationReason() {
    }

    /** The reason trimmed, or a 422 on {@code field}. */
    static String checked(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput(field, "is required: say why, in at most " + MAX + " characters");
        }
        String clean = ControlCharacters.clean(raw.strip());
        if (clean == null) {
            throw new InvalidInput(field, "must not contain control characters");
        }
        if (clean.codePointCount(0, clean.length()) > MAX) {
            throw new InvalidInput(field, "must be at most " + MAX + " characters");
        }
        return clean;
    }
}
