package nl.relay.platform.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A native query whose text may be assembled from parts (such as the visibility rule), binding only the
 * named parameters the final text uses. A query of several columns ({@link #select}) is read by column name
 * into records ({@link #list}, {@link #first}, {@link #one}), never by position.
 */
public final class NativeSql {

    private final String sql;
    private final Query query;

    private NativeSql(String sql, Query query) {
        this.sql = sql;
        this.query = query;
    }

    /** A query whose rows are read by column name ({@link #list}, {@link #first}, {@link #one}). */
    public static NativeSql select(EntityManager entityManager, String sql) {
        return new NativeSql(sql, entityManager.createNativeQuery(sql, Tuple.class));
    }

    /** A statement, or a query of one column read through {@link #query()}. */
    public static NativeSql of(EntityManager entityManager, String sql) {
        return new NativeSql(sql, entityManager.createNativeQuery(sql));
    }

    /** A query of one column, read as {@code resultClass} through {@link #query()}. */
    public static NativeSql of(EntityManager entityManager, String sql, Class<?> resultClass) {
        return new NativeSql(sql, entityManager.createNativeQuery(sql, resultClass));
    }

    /** Binds the named parameter if the text uses it. */
    public NativeSql bind(String name, Object value) {
        if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
            query.setParameter(name, value);
        }
        return this;
    }

    /** Binds a positional parameter ({@code ?1}). */
    public NativeSql bind(int position, Object value) {
        query.setParameter(position, value);
        return this;
    }

    /** Every row, each read into a record by {@code reader}. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(Function<Row, T> reader) {
        return ((List<Tuple>) query.getResultList()).stream().map(Row::of).map(reader).toList();
    }

    /**
     * The first row, if any. The query limits itself where it may find more than one (a limit added here
     * would not fit after {@code for update}).
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> first(Function<Row, T> reader) {
        return ((List<Tuple>) query.getResultList()).stream().findFirst().map(Row::of).map(reader);
    }

    /** The one row a query of aggregates (or a statement's {@code returning}) answers. */
    public <T> T one(Function<Row, T> reader) {
        return reader.apply(Row.of((Tuple) query.getSingleResult()));
    }

    public Query query() {
        return query;
    }
}
