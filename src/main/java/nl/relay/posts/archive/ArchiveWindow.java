package nl.relay.posts.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;

/**
 * The creation times an export covers: from (inclusive) to (exclusive), either end open. A date means the start of
 * that day in Amsterdam, where the company keeps its books; an instant is taken as written.
 */
record ArchiveWindow(Instant from, Instant to) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The window the query parameters name; 422 for a value that is neither a date nor an instant, or from after to. */
    static ArchiveWindow of(String from, String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant start = moment("from", from, errors);
        Instant end = moment("to", to, errors);
        if (errors.isEmpty() && start != null && end != null && start.isAfter(end)) {
            errors.add(new Problem.FieldError("from", "must not be after to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ArchiveWindow(start, end);
    }

    private static Instant moment(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(AMSTERDAM).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field,
                    "must be a date (2026-01-31) or an instant with its offset (2026-01-31T09:00:00Z)"));
            return null;
        }
    }
}
