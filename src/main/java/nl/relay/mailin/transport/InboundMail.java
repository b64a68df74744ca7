package nl.relay.mailin.transport;

import java.util.List;

/**
 * A stored arrived mail (inbound_mail): {@code raw} is null once settled, {@code messageId} without angle brackets,
 * {@code sizeBytes} the whole mail's size (larger than raw when only the header of a too large mail was kept).
 */
public record InboundMail(long id, String via, String peerAddress, String envelopeFrom, List<String> envelopeTo,
        String messageId, byte[] raw, String status, int sizeBytes) {

    /** Whether only the header of a mail too large to take was kept. */
    public boolean tooLarge() {
        return raw != null && sizeBytes > raw.length;
    }
}
