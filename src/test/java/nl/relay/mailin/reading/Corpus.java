package nl.relay.mailin.reading;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The raw mails in src/test/resources/mail, as the named clients send them. */
final class Corpus {

    static final List<String> ALL = List.of("apple-mail-en-reply.eml", "apple-mail-nl-reply.eml",
            "apple-mail-nl-screenshot.eml", "auto-reply-outlook-nl.eml", "base64-outlook-android.eml",
            "bounce-multipart-report.eml", "broken-multipart.eml", "encoded-words-subject.eml", "gmail-en-reply.eml",
            "gmail-nl-pdf-attachment.eml", "gmail-nl-reply.eml", "mailing-list.eml", "outlook-en-reply.eml",
            "outlook-nl-docx-attachment.eml", "outlook-nl-reply-html-only.eml", "outlook-nl-reply.eml",
            "quoted-printable-latin1.eml", "thunderbird-en-reply.eml", "thunderbird-nl-alternative.eml",
            "thunderbird-nl-forward-attached.eml", "thunderbird-nl-reply.eml");

    /** An ordinary envelope sender; bounces are tested with the null sender. */
    static final String ENVELOPE_FROM = "someone@bureau.nl";

    private Corpus() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no such mail in the corpus: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadMail read(String name) throws UnreadableMail {
        return MailReader.read(bytes(name), ENVELOPE_FROM);
    }

    /** The HTML alternatives of a mail, taken out with Jakarta Mail alone (independently of MailReader). */
    static List<String> htmlParts(String name) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(bytes(name)));
        List<String> found = new ArrayList<>();
        collectHtml(message, found);
        return found;
    }

    private static void collectHtml(Part part, List<String> found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectHtml(child, found);
            }
        } else if (part.isMimeType("text/html")) {
            found.add((String) part.getContent());
        }
    }
}
