package nl.relay.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;

/**
 * Free text that colleagues wrote about people, outside posts: finds the rows where an identifier may occur
 * (a cheap condition on the column), and rewrites those where one does. The stores are named here, in code.
 */
@ApplicationScoped
class TextColumns {

    /** A table's free-text columns (not null) and its key. */
    record Store(String table, String key, String... columns) {
    }

    /** What colleagues write about a candidate or a vacancy, next to the anonymous profile. */
    static final List<Store> RECRUITMENT = List.of(new Store("candidate", "id", "title", "summary"),
            new Store("candidate_interest", "id", "note"), new Store("vacancy", "id", "title", "description"));

    private final EntityManager entityManager;

    TextColumns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The keys of the rows of a table where an identifier may occur in one of the columns (some where none does). */
    List<Long> candidates(PersonIdentifiers identifiers, String table, String key, String... columns) {
        String condition = Arrays.stream(columns).map(column -> PersonIdentifiers.mayOccurIn("coalesce(" + column
                + ", '')")).collect(Collectors.joining(" or "));
        return NativeSql.select(entityManager, "select " + key + " as id from " + table + " where " + condition
                + " order by 1")
                .bind("likes", identifiers.likePatterns())
                .bind("digits", identifiers.digitPatterns())
                .list(row -> row.longValue("id"));
    }

    /** Rewrites the columns of the store's rows where an identifier occurs; answers the keys of rows changed. */
    List<Long> rewrite(PersonIdentifiers identifiers, Store store) {
        List<Long> keys = candidates(identifiers, store.table(), store.key(), store.columns());
        if (keys.isEmpty()) {
            return List.of();
        }
        String columns = String.join(", ", store.columns());
        List<Row> rows = NativeSql.select(entityManager, "select " + store.key() + " as id, " + columns + " from "
                + store.table() + " where " + store.key() + " = any(cast(:ids as bigint[])) order by 1 for update")
                .bind("ids", keys.toArray(Long[]::new))
                .list(row -> row);
        List<Long> changed = new ArrayList<>();
        for (Row row : rows) {
            for (String column : store.columns()) {
                String text = row.text(column);
                String rewritten = identifiers.apply(text);
                if (text != null && !text.equals(rewritten)) {
                    NativeSql.of(entityManager, "update " + store.table() + " set " + column + " = :text where "
                            + store.key() + " = :id")
                            .bind("text", rewritten).bind("id", row.longValue("id"))
                            .query().executeUpdate();
                    if (!changed.contains(row.longValue("id"))) {
                        changed.add(row.longValue("id"));
                    }
                }
            }
        }
        return changed;
    }
}
