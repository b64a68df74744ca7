package nl.relay.mailin.reading;

/** Reads a raw MIME mail into a {@link ReadMail}. */
public final class MailReader {

    private MailReader() {
    }

    public static ReadMail read(byte[] raw, String envelopeFrom) throws UnreadableMail {
        throw new UnreadableMail("not-implemented");
    }
}
