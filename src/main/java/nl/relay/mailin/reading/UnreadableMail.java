package nl.relay.mailin.reading;

/** A mail Relay cannot read (not MIME, a broken structure, no sender); the reason is a short code. */
public class UnreadableMail extends Exception {

    private final String reason;

    public UnreadableMail(String reason) {
        super(reason);
        this.reason = reason;
    }

    public UnreadableMail(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    /** A short code such as "no-sender" or "broken-structure". */
    public String reason() {
        return reason;
    }
}
