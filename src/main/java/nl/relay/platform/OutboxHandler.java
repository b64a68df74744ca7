package nl.relay.platform;

import java.util.List;

/** Processes one kind of outbox task. A vanished subject counts as done. */
public interface OutboxHandler {

    /** The task kind this handler takes, e.g. {@code post.fan-out}. */
    String kind();

    /** Does the work, inside a transaction of its own; throwing makes the task retry later. */
    void handle(long subjectId, String payload);

    /**
     * True when the work reaches outside the database (an email): such tasks run one per transaction,
     * never in a batch, so another task's failure never undoes and repeats this one.
     */
    default boolean reachesOutside() {
        return false;
    }

    /** Does several tasks of this kind in one transaction; override when a set-based way is cheaper. */
    default void handleAll(List<Task> tasks) {
        for (Task task : tasks) {
            handle(task.subjectId(), task.payload());
        }
    }

    /** One recorded task. */
    record Task(long id, String kind, long subjectId, String payload) {
    }
}
