package nl.relay.platform.database;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a native query, read by column name, never by position: a column added in the middle of a
 * select changes nothing for the readers of the others. Numbers come back as the driver chose them
 * (int, bigint, numeric) and are converted here.
 */
public final class Row {

    private final Tuple tuple;
    private final Map<String, Integer> columns;

    private Row(Tuple tuple, Map<String, Integer> columns) {
        this.tuple = tuple;
        this.columns = columns;
    }

    static Row of(Tuple tuple) {
        Map<String, Integer> columns = new HashMap<>();
        int i = 0;
        for (TupleElement<?> element : tuple.getElements()) {
            columns.putIfAbsent(element.getAlias().toLowerCase(Locale.ROOT), i++);
        }
        return new Row(tuple, columns);
    }

    /** The value of a column, as the driver gave it; fails on a name the query does not select. */
    public Object value(String column) {
        Integer index = columns.get(column.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
        }
        return tuple.get(index);
    }

    public long longValue(String column) {
        return ((Number) required(column)).longValue();
    }

    public Long nullableLong(String column) {
        Object value = value(column);
        return value == null ? null : ((Number) value).longValue();
    }

    public int intValue(String column) {
        return ((Number) required(column)).intValue();
    }

    public Integer nullableInt(String column) {
        Object value = value(column);
        return value == null ? null : ((Number) value).intValue();
    }

    public String text(String column) {
        Object value = value(column);
        return value == null ? null : value.toString();
    }

    public boolean flag(String column) {
        return (Boolean) required(column);
    }

    public Instant instant(String column) {
        return SqlValues.instant(value(column));
    }

    private Object required(String column) {
        Object value = value(column);
        if (value == null) {
            throw new IllegalStateException("column " + column + " is null");
        }
        return value;
    }
}
