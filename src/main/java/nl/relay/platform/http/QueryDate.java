package nl.relay.platform.http;

import java.time.DateTimeException;
import java.time.LocalDate;
import nl.relay.platform.errors.InvalidInput;

/**
 * A day as a query parameter, in ISO form (2026-03-31): absent or blank is null; anything else that is not a day
 * from the year 1900 to 9999 is a 422 naming the parameter. Periods of search, leaderboard and insight read theirs
 * here, so every page says the same refusal in both languages.
 */
public final class QueryDate {

    private QueryDate() {
    }

    public static LocalDate parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput(name, "must be a date like 2026-03-31");
        }
        if (day.getYear() < 1900 || day.getYear() > 9999) {
            throw new InvalidInput(name, "must be a date from 1900 to 9999, like 2026-03-31");
        }
        return day;
    }
}
