package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.relay.platform.database.NativeSql;

/**
 * Takes words out of alerts' names and queries, for an erasure on request (someone may watch for a person by
 * name): each rewritten alert gets a new revision and a signal, so every instance's matcher reloads its query and
 * no Lucene Monitor keeps the old one.
 */
@ApplicationScoped
public class RedactAlerts {

    private final EntityManager entityManager;
    private final AlertChanges changes;

    RedactAlerts(EntityManager entityManager, AlertChanges changes) {
        this.entityManager = entityManager;
        this.changes = changes;
    }

    /** Rewrites the name and query of these alerts where {@code rewrite} changes them; answers the alerts changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> redact(Collection<Long> alertIds, UnaryOperator<String> rewrite) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        List<Written> alerts = NativeSql.select(entityManager,
                "select id, name, query from alert where id = any(cast(:ids as bigint[])) order by id for update")
                .bind("ids", alertIds.stream().distinct().toArray(Long[]::new))
                .list(row -> new Written(row.longValue("id"), row.text("name"), row.text("query")));
        List<Long> changed = new ArrayList<>();
        for (Written alert : alerts) {
            String name = rewrite.apply(alert.name());
            String query = rewrite.apply(alert.query());
            if (!name.equals(alert.name()) || !query.equals(alert.query())) {
                entityManager.createNativeQuery("update alert set name = ?2, query = ?3 where id = ?1")
                        .setParameter(1, alert.id()).setParameter(2, name).setParameter(3, query).executeUpdate();
                changes.changed(alert.id());
                changed.add(alert.id());
            }
        }
        return changed;
    }

    private record Written(long id, String name, String query) {
    }
}
