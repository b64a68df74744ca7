package nl.relay.community.help;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.errors.InvalidInput;

/**
 * A period of whole days in Dutch time, both dates included, as the leaderboard's {@code from} and {@code to}
 * give it (ISO dates, 2026-11-30). Without them: the last 90 days up to today. At most two years long.
 */
record HelpPeriod(LocalDate from, LocalDate to) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int DEFAULT_DAYS = 90;
    private static final int LONGEST_DAYS = 2 * 366;

    static HelpPeriod parse(String from, String to, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        LocalDate end = to == null || to.isBlank() ? today : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (start.isAfter(end)) {
            throw new InvalidInput("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= LONGEST_DAYS) {
            throw new InvalidInput("from", "the period may be at most two years long");
        }
        return new HelpPeriod(start, end);
    }

    Instant startsAt() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the period. */
    Instant endsBefore() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date like 2026-11-30");
        }
    }
}
