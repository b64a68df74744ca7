package nl.relay.notifications.mail;

import java.util.Optional;

/**
 * Writes the mails for the notifications of some types: one implementation per feature (posts and groups
 * here, alerts in their package). {@link EmailNotification} asks the one that {@link #writes} the type.
 */
public interface NotificationLetters {

    /** Whether this writes the mail for notifications of this type. */
    boolean writes(String type);

    /**
     * The mail for the notification, or empty when it should no longer go (read meanwhile, the post removed
     * or out of reach, email turned off). Runs in the transaction that sends it and marks it mailed, under the
     * locks {@link EmailNotification} took (one job at a time per notification, the row held for key share), so it
     * takes none of its own.
     */
    Optional<Letter> letterFor(long notificationId);
}
