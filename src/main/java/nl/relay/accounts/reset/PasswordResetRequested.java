package nl.relay.accounts.reset;

import java.time.Instant;
import nl.relay.platform.outbox.OutboxMessage;

/**
 * Outbox message: someone asked for a password reset link. Recorded before anything is looked up, the same for an
 * account that exists and one that does not, so the answer cannot tell them apart; {@link StartPasswordReset}
 * looks the account up afterwards. {@code language} is the page's, for an account that chose none.
 */
public record PasswordResetRequested(String usernameOrEmail, String address, String language, Instant requestedAt)
        implements
            OutboxMessage {

    /** No row is known yet: finding it is the work. */
    @Override
    public long subjectId() {
        return 0;
    }
}
