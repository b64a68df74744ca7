package nl.relay.mailin.transport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;

/** The Message-ID of a raw mail, without its angle brackets: what tells one delivery of a mail from another. */
final class MessageIds {

    /** Longer is not a Message-ID anyone sends; cut so one odd header cannot bloat the unique index. */
    private static final int MAX_LENGTH = 500;

    private MessageIds() {
    }

    /** The first Message-ID header's id, or null when the mail has none (or its header cannot be read). */
    static String of(byte[] raw) {
        String value;
        try {
            value = new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Message-ID", null);
        } catch (MessagingException e) {
            return null;
        }
        return value == null ? null : normalise(value);
    }

    static String normalise(String value) {
        String id = value.replaceAll("\\s+", "");
        int open = id.indexOf('<');
        int close = id.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            id = id.substring(open + 1, close);
        }
        if (id.isEmpty()) {
            return null;
        }
        return id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
    }
}
