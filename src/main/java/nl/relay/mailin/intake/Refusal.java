package nl.relay.mailin.intake;

import java.util.Locale;

/**
 * Why a mail did not become a post. Each is answered once to its sender, in their language, with what to do
 * instead (templates/emails/mailInAnswer*, messages in the {@code mailin} bundle under {@code refused_<code>}).
 */
enum Refusal {

    /** Not a mail Relay can read: broken MIME, no sender. */
    UNREADABLE,
    /** No active account has the sender's address. */
    UNKNOWN_SENDER,
    /** To post@ from outside the company's trusted mail server, or without its passing authentication. */
    UNTRUSTED_SENDER,
    /** To post+<secret>@ with a secret nobody has (renewed, mistyped). */
    UNKNOWN_SECRET,
    /** To someone's post+<secret>@ from a colleague's address (a reply-all to a mail that had it in Cc). */
    NOT_SECRET_OWNER,
    /** To reply+<token>@ with a token that is forged, damaged or expired. */
    UNKNOWN_TOKEN,
    /** A reply from another address than the one the notification went to. */
    NOT_TOKEN_OWNER,
    /** To a group that does not exist, or that the sender is not a member of. */
    NO_GROUP,
    /** To an archived group. */
    GROUP_ARCHIVED,
    /** A reply to a post that was removed or that the sender can no longer read. */
    THREAD_GONE,
    /** Nothing left to post once quotes and signatures are taken off. */
    EMPTY,
    /** Longer than a post may be. */
    TOO_LONG,
    /** Attachments too large or too many, or the mail itself too large. */
    TOO_LARGE;

    /** The code stored as the mail's outcome and used in message keys: lower case with hyphens. */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message key part: lower case with underscores. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
