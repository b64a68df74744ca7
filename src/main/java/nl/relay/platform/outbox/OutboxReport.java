package nl.relay.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;

/** The outbox at a glance for admins: how much waits, what was parked after failing; retrying a parked task. */
@ApplicationScoped
public class OutboxReport {

    private final EntityManager entityManager;

    OutboxReport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many tasks wait, and the parked ones (the newest 100) with their last error. */
    public record OutboxState(long waiting, long parked, List<ParkedTask> parkedTasks) {
    }

    /** A task that failed too often and waits for an admin. */
    public record ParkedTask(long id, String kind, long subjectId, int attempts, String lastError, Instant createdAt) {
    }

    public OutboxState state() {
        TaskCounts counts = NativeSql.select(entityManager, """
                select count(*) filter (where run_after <> 'infinity') as waiting,
                       count(*) filter (where run_after = 'infinity') as parked
                from outbox_task""")
                .one(row -> new TaskCounts(row.longValue("waiting"), row.longValue("parked")));
        List<ParkedTask> parked = NativeSql.select(entityManager, """
                select id, kind, subject_id, attempts, last_error, created_at from outbox_task
                where run_after = 'infinity' order by id desc limit 100""")
                .list(row -> new ParkedTask(row.longValue("id"), row.text("kind"), row.longValue("subject_id"),
                        row.intValue("attempts"), row.text("last_error"), row.instant("created_at")));
        return new OutboxState(counts.waiting(), counts.parked(), parked);
    }

    /** How many tasks wait to run, and how many are parked. */
    private record TaskCounts(long waiting, long parked) {
    }

    /** Runs a parked task again now, its attempts counted from zero; anything else is not found. */
    @Transactional
    public void retry(String id) {
        long taskId = PathIds.parse(id, () -> new NotFound("There is no such parked task."));
        int updated = entityManager.createNativeQuery("update outbox_task set run_after = now(), attempts = 0 "
                + "where id = ?1 and run_after = 'infinity'").setParameter(1, taskId).executeUpdate();
        if (updated == 0) {
            throw new NotFound("There is no such parked task.");
        }
    }
}
