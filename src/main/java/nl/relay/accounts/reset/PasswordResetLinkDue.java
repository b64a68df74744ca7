package nl.relay.accounts.reset;

import nl.relay.platform.outbox.OutboxMessage;

/** Outbox message: mail the link of this password reset row, in this language. Carries no token. */
public record PasswordResetLinkDue(long resetId, String language) implements OutboxMessage {

    @Override
    public long subjectId() {
        return resetId;
    }
}
