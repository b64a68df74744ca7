package nl.relay.community.polls;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.relay.platform.errors.Problem;

/** What a poll must be: 2-10 distinct one-line options of at most 200 characters, closing within a year. */
final class PollRules {

    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 10;
    static final int MAX_OPTION_LENGTH = 200;
    static final Duration LONGEST = Duration.ofDays(366);

    private PollRules() {
    }

    /** The options trimmed; every refusal is added to {@code errors} under its field. */
    static List<String> options(List<String> options, List<Problem.FieldError> errors) {
        if (options == null || options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            errors.add(new Problem.FieldError("poll.options", "must be " + MIN_OPTIONS + " to " + MAX_OPTIONS
                    + " options"));
            return List.of();
        }
        List<String> trimmed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String field = "poll.options[" + i + "]";
            String option = options.get(i) == null ? "" : options.get(i).strip();
            if (option.isEmpty() || option.codePoints().allMatch(c -> Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
                errors.add(new Problem.FieldError(field, "must not be empty"));
            } else if (option.codePoints().anyMatch(Character::isISOControl)) {
                errors.add(new Problem.FieldError(field, "must be one line without control characters"));
            } else if (option.codePointCount(0, option.length()) > MAX_OPTION_LENGTH) {
                errors.add(new Problem.FieldError(field, "must be at most " + MAX_OPTION_LENGTH + " characters"));
            } else if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                errors.add(new Problem.FieldError(field, "is the same as an earlier option"));
            }
            trimmed.add(option);
        }
        return trimmed;
    }

    /** The closing time: in the future, and at most a year ahead. */
    static Instant closesAt(Instant closesAt, Instant now, List<Problem.FieldError> errors) {
        if (closesAt == null) {
            errors.add(new Problem.FieldError("poll.closesAt", "is required: when voting ends"));
        } else if (!closesAt.isAfter(now)) {
            errors.add(new Problem.FieldError("poll.closesAt", "must be in the future"));
        } else if (closesAt.isAfter(now.plus(LONGEST))) {
            errors.add(new Problem.FieldError("poll.closesAt", "must be at most a year ahead"));
        }
        return closesAt;
    }
}
