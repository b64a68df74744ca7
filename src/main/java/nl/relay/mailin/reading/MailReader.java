package nl.relay.mailin.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;

/**
 * Reads a raw MIME mail into a {@link ReadMail}: addresses, decoded subject, the body as plain text, files, whether it must
 * never be answered, and its language.
 */
public final class MailReader {

    private MailReader() {
    }

    /**
     * @param raw the mail as received (already size-limited by the transport)
     * @param envelopeFrom the SMTP MAIL FROM address, null for the null sender {@code <>}
     */
    public static ReadMail read(byte[] raw, String envelopeFrom) throws UnreadableMail {
        if (raw == null || raw.length == 0) {
            throw new UnreadableMail("empty");
        }
        if (!startsWithHeaderField(raw)) {
            throw new UnreadableMail("not-a-mail");
        }
        MimeMessage message;
        try {
            message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new UnreadableMail("broken-structure", e);
        }
        MailHeaders headers = new MailHeaders(message);
        MailAddress from = headers.from().orElseThrow(() -> new UnreadableMail("no-sender"));
        MailBody body = MailBody.of(message, raw.length);
        String subject = headers.subject();
        return new ReadMail(
                headers.messageId(),
                headers.inReplyTo(),
                from,
                headers.replyTo(),
                headers.to(),
                headers.cc(),
                subject,
                body.text(),
                body.html(),
                body.attachments(),
                LoopSigns.of(headers, envelopeFrom, from),
                headers.authenticationResults(),
                LanguageGuess.of(headers.contentLanguage(), subject, body.text()));
    }

    /** A mail starts with a header field ("Name: value"); anything else (a PDF, a web page, garbage) is no mail. */
    private static boolean startsWithHeaderField(byte[] raw) {
        for (int i = 0; i < raw.length && i < 1000; i++) {
            byte b = raw[i];
            if (b == ':') {
                return i > 0;
            }
            if (b < 33 || b > 126) {
                return false;
            }
        }
        return false;
    }
}
