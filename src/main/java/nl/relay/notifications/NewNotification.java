package nl.relay.notifications;

import java.time.Instant;

/**
 * A notification to write (through {@link WriteNotifications}, its one writer): for whom, of which type,
 * about what, whether it shows in the app, and when it mails. {@code dueAt} only for a retention warning.
 */
public record NewNotification(long recipientId, String type, Long postId, Long actorId, Long groupId,
        String groupEvent, Long alertId, Integer matchCount, boolean mustRead, boolean inApp, Mailing mailing,
        Long relatedPostId, Instant dueAt) {

    /** When a notification mails. */
    public enum Mailing {
        /** Never by itself (it may show up in a digest). */
        NEVER,
        /** After the email delay, if still unread, to those who want each notification by mail. */
        WHEN_STILL_UNREAD,
        /** Right away, to everyone who has not turned email off. */
        AT_ONCE
    }

    /** A must-read post addressed to the recipient. */
    public static NewNotification mention(long recipientId, long postId, long authorId) {
        return new NewNotification(recipientId, "mention", postId, authorId, null, null, null, null, true, true,
                Mailing.WHEN_STILL_UNREAD, null, null);
    }

    /**
     * Praise that thanks the recipient (its post, by its author): in place of the mention the post's @mention would
     * be, and no must-read. Mailed like a mention.
     */
    public static NewNotification praise(long recipientId, long postId, long authorId) {
        return new NewNotification(recipientId, "praise", postId, authorId, null, null, null, null, false, true,
                Mailing.WHEN_STILL_UNREAD, null, null);
    }

    /**
     * An announcement the recipient must read (pinned on their home feed until acknowledged or expired); mailed as
     * the recipient chose, like a mention: by itself when still unread to those who want each notification, else in
     * their digest.
     */
    public static NewNotification announcement(long recipientId, long postId, long authorId) {
        return new NewNotification(recipientId, "announcement", postId, authorId, null, null, null, null, true, true,
                Mailing.WHEN_STILL_UNREAD, null, null);
    }

    /** A reply in a thread the recipient is part of. */
    public static NewNotification reply(long recipientId, long postId, long authorId) {
        return new NewNotification(recipientId, "reply", postId, authorId, null, null, null, null, false, true,
                Mailing.WHEN_STILL_UNREAD, null, null);
    }

    /** A reminder of a must-read post still unread. */
    public static NewNotification reminder(long recipientId, long postId, long authorId) {
        return new NewNotification(recipientId, "reminder", postId, authorId, null, null, null, null, true, true,
                Mailing.WHEN_STILL_UNREAD, null, null);
    }

    /** Something in a group: {@code join-request} (to its managers) or {@code admitted} (to the new member). */
    public static NewNotification group(long recipientId, long groupId, long actorId, String event) {
        return new NewNotification(recipientId, "group", null, actorId, groupId, event, null, null, false, true,
                Mailing.WHEN_STILL_UNREAD, null, null);
    }

    /** A post that matched an alert the recipient receives; shown in the app and mailed as the alert says. */
    public static NewNotification alertMatch(long recipientId, long postId, long authorId, long alertId,
            boolean inApp, boolean mails) {
        return new NewNotification(recipientId, "alert", postId, authorId, null, null, alertId, null, false, inApp,
                mails ? Mailing.AT_ONCE : Mailing.NEVER, null, null);
    }

    /** How many posts matched an alert in a digest's period, in the app. */
    public static NewNotification alertSummary(long recipientId, long alertId, int matchCount) {
        return new NewNotification(recipientId, "alert", null, null, null, null, alertId, matchCount, false, true,
                Mailing.NEVER, null, null);
    }

    /** A colleague is interested in the recipient's candidate (its post), perhaps for a vacancy of theirs. */
    public static NewNotification interest(long ownerId, long candidatePostId, long interestedId) {
        return new NewNotification(ownerId, "interest", candidatePostId, interestedId, null, null, null, null, false,
                true, Mailing.WHEN_STILL_UNREAD, null, null);
    }

    /** Someone referred a person they know to the recipient's vacancy (its post); the person is never named. */
    public static NewNotification referral(long ownerId, long vacancyPostId, long referrerId) {
        return new NewNotification(ownerId, "referral", vacancyPostId, referrerId, null, null, null, null, false,
                true, Mailing.WHEN_STILL_UNREAD, null, null);
    }

    /**
     * A new candidate or vacancy (its post, by its author) fits the recipient's own vacancy or candidate
     * ({@code ownPostId}).
     */
    public static NewNotification match(long ownerId, long newPostId, long authorId, long ownPostId) {
        return new NewNotification(ownerId, "match", newPostId, authorId, null, null, null, null, false, true,
                Mailing.WHEN_STILL_UNREAD, ownPostId, null);
    }

    /**
     * A retention warning: the person behind the recipient's own candidate, or the people referred to their vacancy
     * (its post, also the related post, so the notice can name its title), will be anonymised at {@code dueAt}.
     * Nothing personal: only the post and the moment.
     */
    public static NewNotification retention(long ownerId, long ownPostId, Instant dueAt) {
        return new NewNotification(ownerId, "retention", ownPostId, null, null, null, null, null, false, true,
                Mailing.WHEN_STILL_UNREAD, ownPostId, dueAt);
    }
}
