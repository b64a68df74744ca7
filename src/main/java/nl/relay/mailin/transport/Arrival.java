package nl.relay.mailin.transport;

import java.util.List;

/**
 * A mail as it arrived, before it is stored: by which way ({@code smtp} or {@code imap}), from which peer (the
 * connecting IP, for smtp), the envelope (a null sender for a bounce, MAIL FROM:<>; the accepted recipients,
 * lower-case) and the message's bytes as received.
 */
public record Arrival(String via, String peerAddress, String envelopeFrom, List<String> envelopeTo, byte[] raw,
        int size) {

    public static final String SMTP = "smtp";
    public static final String IMAP = "imap";

    public Arrival {
        envelopeTo = List.copyOf(envelopeTo);
    }

    /** A mail that arrived whole: its size is its bytes'. */
    public Arrival(String via, String peerAddress, String envelopeFrom, List<String> envelopeTo, byte[] raw) {
        this(via, peerAddress, envelopeFrom, envelopeTo, raw, raw.length);
    }

    /**
     * A mail too large to take, of which only the header is kept ({@code size} is the whole mail's): the intake
     * refuses it and tells its sender, so even a mail that was never read is answered.
     */
    public static Arrival headerOnly(String via, String envelopeFrom, List<String> envelopeTo, byte[] header,
            int size) {
        return new Arrival(via, null, envelopeFrom, envelopeTo, header, size);
    }

    /** Whether only the header of a too large mail was kept. */
    public boolean tooLarge() {
        return size > raw.length;
    }
}
