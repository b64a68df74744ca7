package nl.relay.notifications.digest;

import java.util.Optional;
import nl.relay.notifications.WriteNotifications;
import nl.relay.notifications.mail.MailRecipient;

/**
 * What a feature contributes to the daily and weekly digest (notifications here, alert matches in alerts,
 * more to come): who takes it, what it writes in the app when a digest is due, and its part of the mail.
 * The digest has one window per person and frequency and one claim ({@link ClaimDigests}).
 */
public interface DigestSection {

    /**
     * An SQL query of {@code (account_id, frequency)}: the people this section has a digest for, and how often.
     * Only they get digest windows; a person appears once per frequency whatever the sections.
     */
    String subscribers();

    /** Writes what the section tells in the app for the period (through {@link WriteNotifications}). */
    default void notice(DigestDue due) {
    }

    /** The section's part of the digest mail, or empty when it has nothing for the period. */
    Optional<DigestPart> part(DigestDue due, MailRecipient to);
}
