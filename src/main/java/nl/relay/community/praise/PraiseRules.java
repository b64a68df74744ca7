package nl.relay.community.praise;

import java.util.List;
import nl.relay.platform.errors.InvalidInput;

/**
 * What praise must be: a short reason (at most {@value #MAX_LENGTH} characters) that thanks, as @mentions, at least one
 * active colleague other than its author. Checked when it is written and whenever it is edited.
 */
public final class PraiseRules {

    public static final int MAX_LENGTH = 500;

    private PraiseRules() {
    }

    /** Refuses (422, field body) praise that is too long or thanks nobody but its author. */
    public static void check(long authorId, String body, List<Long> mentioned) {
        if (body.codePointCount(0, body.length()) > MAX_LENGTH) {
            throw new InvalidInput("body", "must be at most " + MAX_LENGTH + " characters for praise: a short reason");
        }
        if (mentioned.stream().noneMatch(id -> id != authorId)) {
            throw new InvalidInput("body", "must thank at least one colleague other than you, as an @mention");
        }
    }
}
