package nl.relay.notifications;

import nl.relay.platform.OutboxMessage;

/** Outbox message: mail this notification (if it should still go when its turn comes). */
public record NotificationMail(long notificationId) implements OutboxMessage {

    @Override
    public long subjectId() {
        return notificationId;
    }
}
