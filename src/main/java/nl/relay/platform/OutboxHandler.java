package nl.relay.platform;

/** Processes one kind of outbox task. A vanished subject counts as done. */
public interface OutboxHandler {

    /** The task kind this handler takes, e.g. {@code post.fan-out}. */
    String kind();

    /** Does the work, inside a transaction of its own; throwing makes the task retry later. */
    void handle(long subjectId, String payload);
}
