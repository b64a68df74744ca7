package nl.relay.mailin.transport;

import java.util.List;

/**
 * A mail as it arrived, before it is stored: by which way ({@code smtp} or {@code imap}), from which peer (the
 * connecting IP, for smtp), the envelope (a null sender for a bounce, MAIL FROM:<>; the accepted recipients,
 * lower-case) and the message's bytes as received.
 */
public record Arrival(String via, String peerAddress, String envelopeFrom, List<String> envelopeTo, byte[] raw) {

    public static final String SMTP = "smtp";
    public static final String IMAP = "imap";

    public Arrival {
        envelopeTo = List.copyOf(envelopeTo);
    }
}
