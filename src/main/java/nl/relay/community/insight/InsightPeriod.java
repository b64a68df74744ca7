package nl.relay.community.insight;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.http.QueryDate;

/**
 * The period the insight counts: whole ISO weeks in the configured time zone, from the Monday of {@code from} up to
 * and including the Sunday of {@code to}, so that every week is complete and the totals are the sums of the weeks.
 */
public record InsightPeriod(LocalDate firstMonday, LocalDate lastMonday, ZoneId zone) {

    /**
     * The period asked for, as ISO dates (either may be left out): by default this week and the
     * {@code defaultWeeks - 1} before it; {@code to} not before {@code from}, at most {@code maxDays} apart.
     */
    public static InsightPeriod of(String from, String to, Clock clock, InsightConfig config) {
        LocalDate start = QueryDate.parse("from", from);
        LocalDate end = QueryDate.parse("to", to);
        ZoneId zone = config.timeZone();
        if (end == null) {
            end = start == null
                    ? LocalDate.now(clock.withZone(zone))
                    : maxOf(start, LocalDate.now(clock.withZone(zone)));
            if (start != null && ChronoUnit.DAYS.between(start, end) > config.maxDays()) {
                end = start.plusDays(config.maxDays());
            }
        }
        if (start == null) {
            start = monday(end).minusWeeks(config.defaultWeeks() - 1L);
        }
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) > config.maxDays()) {
            throw new InvalidInput("to", "must be at most " + config.maxDays() + " days after from");
        }
        return new InsightPeriod(monday(start), monday(end), zone);
    }

    /** The first moment counted: Monday 00:00 of the first week. */
    public Instant start() {
        return firstMonday.atStartOfDay(zone).toInstant();
    }

    /** The first moment no longer counted: Monday 00:00 after the last week. */
    public Instant end() {
        return lastMonday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    /** The Sunday that ends the period. */
    public LocalDate lastDay() {
        return lastMonday.plusDays(6);
    }

    /** The Mondays of every week in the period, in order. */
    public List<LocalDate> mondays() {
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        return mondays;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
