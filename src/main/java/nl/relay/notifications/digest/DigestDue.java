package nl.relay.notifications.digest;

import java.time.Instant;
import nl.relay.platform.outbox.OutboxMessage;

/** Outbox message: a person's daily or weekly digest covering (since, until] is due. */
public record DigestDue(long accountId, String frequency, Instant since, Instant until) implements OutboxMessage {

    @Override
    public long subjectId() {
        return accountId;
    }
}
