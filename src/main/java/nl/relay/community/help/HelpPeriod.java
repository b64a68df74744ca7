package nl.relay.community.help;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.http.QueryDate;

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
        LocalDate asked = QueryDate.parse("to", to);
        LocalDate end = asked == null ? today : asked;
        LocalDate given = QueryDate.parse("from", from);
        LocalDate start = given == null ? end.minusDays(DEFAULT_DAYS - 1) : given;
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
}
