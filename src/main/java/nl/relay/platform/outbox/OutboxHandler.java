package nl.relay.platform.outbox;

import java.util.List;

/**
 * Does one kind of background work for the messages of one type: a record, or a sealed interface whose
 * records it all takes. Every handler that takes a message's type gets the message, as a task of its own
 * that succeeds or retries on its own. A vanished subject counts as done.
 */
public interface OutboxHandler<M extends OutboxMessage> {

    /** The work's stable name, stored with each task (e.g. {@code post.fan-out}); renaming it strands tasks. */
    String name();

    /** The messages this handler takes. */
    Class<M> takes();

    /** Does the work, inside a transaction of its own; throwing makes the task retry later. */
    void handle(M message);

    /**
     * True when the work reaches outside the database (an email): such tasks run one per transaction,
     * never in a batch, so another task's failure never undoes and repeats this one.
     */
    default boolean reachesOutside() {
        return false;
    }

    /** Does several tasks of this handler in one transaction; override when a set-based way is cheaper. */
    default void handleAll(List<M> messages) {
        messages.forEach(this::handle);
    }
}
