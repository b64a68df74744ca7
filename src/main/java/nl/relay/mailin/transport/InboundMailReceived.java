package nl.relay.mailin.transport;

import nl.relay.platform.outbox.OutboxMessage;

/** A mail arrived and was stored (inbound_mail row {@code inboundMailId}): the intake turns it into what it asks for. */
public record InboundMailReceived(long inboundMailId) implements OutboxMessage {

    @Override
    public long subjectId() {
        return inboundMailId;
    }
}
