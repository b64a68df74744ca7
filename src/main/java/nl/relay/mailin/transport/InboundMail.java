package nl.relay.mailin.transport;

import java.util.List;

/** A stored arrived mail (inbound_mail): {@code raw} is null once settled, {@code messageId} without angle brackets. */
public record InboundMail(long id, String via, String peerAddress, String envelopeFrom, List<String> envelopeTo,
        String messageId, byte[] raw, String status) {
}
