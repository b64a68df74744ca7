package nl.relay.mailin.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the decoded content of a mail's parts, no more bytes in all than the raw mail holds: no transfer encoding
 * makes content larger than its encoded form, so more would be a trick.
 */
final class PartContent {

    private long budget;

    PartContent(long budget) {
        this.budget = budget;
    }

    /** The decoded content of a leaf, counted against the budget. */
    byte[] read(Part part) throws MessagingException, IOException, UnreadableMail {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = decodedStream(part)) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                budget -= n;
                if (budget < 0) {
                    throw new UnreadableMail("too-large");
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static InputStream decodedStream(Part part) throws MessagingException {
        try {
            return part.getInputStream();
        } catch (MessagingException | IOException e) {
            return rawStream(part); // an unknown transfer encoding: the content as it is
        }
    }

    private static InputStream rawStream(Part part) throws MessagingException {
        if (part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        throw new MessagingException("no raw content");
    }
}
