package nl.relay.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import nl.relay.platform.database.NativeSql;

/**
 * Takes words out of waiting and parked outbox work, for an erasure on request: a task's message and its last
 * error are rewritten in place (locked, so a worker never runs a half-rewritten task). Messages name rows by id, so
 * this rarely finds anything; it is here so that no queued text escapes an erasure.
 */
@ApplicationScoped
public class RedactOutbox {

    private final EntityManager entityManager;

    RedactOutbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The tasks rewritten, and how many of them were parked. */
    public record Redacted(List<Long> tasks, int parked) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Redacted redact(Collection<Long> taskIds, UnaryOperator<String> rewrite) {
        if (taskIds.isEmpty()) {
            return new Redacted(List.of(), 0);
        }
        List<Task> tasks = NativeSql.select(entityManager, """
                select id, payload, last_error, run_after = 'infinity' as parked from outbox_task
                where id = any(cast(:ids as bigint[])) order by id for update""")
                .bind("ids", taskIds.stream().distinct().toArray(Long[]::new))
                .list(row -> new Task(row.longValue("id"), row.text("payload"), row.text("last_error"),
                        row.flag("parked")));
        List<Long> changed = new ArrayList<>();
        int parked = 0;
        for (Task task : tasks) {
            String payload = task.payload() == null ? null : rewrite.apply(task.payload());
            String error = task.lastError() == null ? null : rewrite.apply(task.lastError());
            boolean payloadChanged = !Objects.equals(payload, task.payload());
            boolean errorChanged = !Objects.equals(error, task.lastError());
            if (payloadChanged) {
                entityManager.createNativeQuery("update outbox_task set payload = ?2 where id = ?1")
                        .setParameter(1, task.id()).setParameter(2, payload).executeUpdate();
            }
            if (errorChanged) {
                entityManager.createNativeQuery("update outbox_task set last_error = ?2 where id = ?1")
                        .setParameter(1, task.id()).setParameter(2, error).executeUpdate();
            }
            if (payloadChanged || errorChanged) {
                changed.add(task.id());
                parked += task.parked() ? 1 : 0;
            }
        }
        return new Redacted(List.copyOf(changed), parked);
    }

    private record Task(long id, String payload, String lastError, boolean parked) {
    }
}
