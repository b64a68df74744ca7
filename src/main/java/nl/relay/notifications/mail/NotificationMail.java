package nl.relay.notifications.mail;

import nl.relay.platform.outbox.OutboxMessage;

/** Outbox message: mail this notification (if it should still go when its turn comes). */
public record NotificationMail(long notificationId) implements OutboxMessage {

    @Override
    public long subjectId() {
        return notificationId;
    }
}
