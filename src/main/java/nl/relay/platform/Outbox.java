package nl.relay.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/**
 * Records background work in the caller's transaction (a transactional outbox): the work is
 * committed together with its cause, or not at all, and survives a crash right after the commit.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final Event<OutboxTaskRecorded> recorded;

    Outbox(EntityManager entityManager, Event<OutboxTaskRecorded> recorded) {
        this.entityManager = entityManager;
        this.recorded = recorded;
    }

    public void record(String kind, long subjectId) {
        record(kind, subjectId, null);
    }

    public void record(String kind, long subjectId, String payload) {
        entityManager.createNativeQuery("insert into outbox_task (kind, subject_id, payload) values (?1, ?2, ?3)")
                .setParameter(1, kind)
                .setParameter(2, subjectId)
                .setParameter(3, payload)
                .executeUpdate();
        // Delivered after the commit (see OutboxWorker), so the worker never looks too early.
        recorded.fire(new OutboxTaskRecorded(kind));
    }

    /**
     * For a caller that inserted its task row itself, as part of a larger statement: wakes the worker
     * after the commit, as {@link #record} does.
     */
    public void recordedInline(String kind) {
        recorded.fire(new OutboxTaskRecorded(kind));
    }

    /** A task was recorded in the current transaction. */
    public record OutboxTaskRecorded(String kind) {
    }
}
