package nl.relay.platform.outbox;

/**
 * A message for work to be done after a commit, recorded through {@link Outbox}: a record, stored as JSON
 * and read back as the same record by the handlers that take its type ({@link OutboxHandler#takes}).
 * Waiting tasks name the record by its simple name, so renaming one needs a migration of outbox_task.
 */
public interface OutboxMessage {

    /** The row the work is about (a post, a notification, an account), shown to admins with the task. */
    long subjectId();
}
