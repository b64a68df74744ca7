package nl.relay.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.regex.Pattern;

/**
 * A native query whose text is assembled from parts (such as the visibility rule), binding only the
 * named parameters the final text uses.
 */
public final class NativeSql {

    private final String sql;
    private final Query query;

    private NativeSql(String sql, Query query) {
        this.sql = sql;
        this.query = query;
    }

    public static NativeSql of(EntityManager entityManager, String sql) {
        return new NativeSql(sql, entityManager.createNativeQuery(sql));
    }

    public static NativeSql of(EntityManager entityManager, String sql, Class<?> resultClass) {
        return new NativeSql(sql, entityManager.createNativeQuery(sql, resultClass));
    }

    public NativeSql bind(String name, Object value) {
        if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
            query.setParameter(name, value);
        }
        return this;
    }

    public Query query() {
        return query;
    }
}
