package nl.relay.community.insight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;

/**
 * One metric by week and for the whole period, read from one query grouped by {@code grouping sets ((week), ())}:
 * the row whose week is null is the period's. Weeks without any row are {@code empty}.
 */
record PerWeek<T>(Map<LocalDate, T> weeks, T total, T empty) {

    /** The ISO week (its Monday) of a time column, in the period's time zone. */
    static String week(String column) {
        return "cast(date_trunc('week', " + column + " at time zone cast(:zone as text)) as date)";
    }

    /** Runs the query (with :start, :end and :zone bound) and reads its rows. */
    static <T> PerWeek<T> read(NativeSql query, InsightPeriod period, Function<Row, T> reader, T empty) {
        List<Row> rows = query.bind("start", period.start()).bind("end", period.end())
                .bind("zone", period.zone().getId()).list(row -> row);
        Map<LocalDate, T> weeks = new HashMap<>();
        T total = empty;
        for (Row row : rows) {
            Object week = row.value("week");
            if (week == null) {
                total = reader.apply(row);
            } else {
                weeks.put(date(week), reader.apply(row));
            }
        }
        return new PerWeek<>(weeks, total, empty);
    }

    /** A metric not read: every week and the total are {@code empty}. */
    static <T> PerWeek<T> none(T empty) {
        return new PerWeek<>(Map.of(), empty, empty);
    }

    T at(LocalDate monday) {
        return weeks.getOrDefault(monday, empty);
    }

    /** A median in whole seconds, or null where nothing was measured. */
    static Long seconds(Row row, String column) {
        Object value = row.value(column);
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }

    /** A count that an empty group answers as null (a sum). */
    static long count(Row row, String column) {
        Long value = row.nullableLong(column);
        return value == null ? 0 : value;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
