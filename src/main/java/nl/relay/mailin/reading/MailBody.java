package nl.relay.mailin.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text and files of a mail, taken from its MIME structure: the plain text alternative is preferred over HTML
 * ({@link AlternativeChoice}), inline images the HTML shows are no files ({@link MailFiles}), a forwarded mail is a
 * file, signatures are dropped.
 */
final class MailBody {

    private static final int MAX_DEPTH = 20;
    private static final int MAX_PARTS = 500;
    private static final Set<String> SIGNATURES = Set.of("application/pkcs7-signature",
            "application/x-pkcs7-signature", "application/pgp-signature");
    private static final Pattern OUTLOOK_IMAGE = Pattern.compile("\\[cid:[^\\]\\s]+\\]");

    private final PartContent content;
    private final MailFiles files = new MailFiles();
    private int parts;
    private String text = "";
    private boolean html;
    private List<MailAttachment> attachments = List.of();

    private MailBody(long budget) {
        this.content = new PartContent(budget);
    }

    /** Reads the body, decoding no more bytes than the raw mail holds ({@link PartContent}). */
    static MailBody of(MimeMessage message, int rawSize) throws UnreadableMail {
        MailBody body = new MailBody(rawSize);
        List<BodyPiece> pieces = new ArrayList<>();
        try {
            body.walk(message, 0, pieces);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMail("broken-structure", e);
        }
        body.text = BodyPiece.joined(pieces);
        body.html = BodyPiece.anyHtml(pieces);
        body.attachments = body.files.kept();
        return body;
    }

    String text() {
        return text;
    }

    boolean html() {
        return html;
    }

    List<MailAttachment> attachments() {
        return attachments;
    }

    private void walk(Part part, int depth, List<BodyPiece> pieces)
            throws MessagingException, IOException, UnreadableMail {
        if (depth > MAX_DEPTH || ++parts > MAX_PARTS) {
            throw new UnreadableMail("too-complex");
        }
        ContentType type = PartHeaders.contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            multipart(part, base, type, depth, pieces);
            return;
        }
        if (SIGNATURES.contains(base)) {
            return;
        }
        boolean declaredAttachment = PartHeaders.declaredAttachment(part);
        String filename = PartHeaders.filename(part);
        boolean textBody = base.equals("text/plain") || base.equals("text/html");
        if (textBody && !declaredAttachment && filename == null) {
            String decoded = TextDecoding.decode(content.read(part), type.getParameter("charset"));
            if (base.equals("text/html")) {
                files.shownBy(decoded);
                pieces.add(new BodyPiece(HtmlText.of(decoded), true));
            } else {
                pieces.add(new BodyPiece(plain(decoded, type), false));
            }
            return;
        }
        files.add(filename, base, content.read(part), declaredAttachment, PartHeaders.contentId(part));
    }

    private void multipart(Part part, String base, ContentType type, int depth, List<BodyPiece> pieces)
            throws MessagingException, IOException, UnreadableMail {
        MimeMultipart multipart = new MimeMultipart(new MimePartDataSource((MimePart) part));
        int count = multipart.getCount();
        if (base.equals("multipart/alternative")) {
            List<List<BodyPiece>> alternatives = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                List<BodyPiece> alternative = new ArrayList<>();
                walk(multipart.getBodyPart(i), depth + 1, alternative);
                alternatives.add(alternative);
            }
            pieces.addAll(AlternativeChoice.preferred(alternatives));
        } else if (base.equals("multipart/related") || base.equals("multipart/signed")) {
            int root = base.equals("multipart/related") ? relatedRoot(multipart, type.getParameter("start")) : 0;
            for (int i = 0; i < count; i++) {
                walk(multipart.getBodyPart(i), depth + 1, i == root ? pieces : new ArrayList<>());
            }
        } else {
            for (int i = 0; i < count; i++) {
                walk(multipart.getBodyPart(i), depth + 1, pieces);
            }
        }
    }

    private static int relatedRoot(MimeMultipart multipart, String start) throws MessagingException {
        if (start != null) {
            String wanted = start.strip().replaceAll("^<|>$", "");
            for (int i = 0; i < multipart.getCount(); i++) {
                if (wanted.equals(PartHeaders.contentId(multipart.getBodyPart(i)))) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** A plain text part; format=flowed (RFC 3676) is joined back into paragraphs. */
    private static String plain(String content, ContentType type) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
            text = FlowedText.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
        }
        return OUTLOOK_IMAGE.matcher(text).replaceAll(""); // Outlook's stand-in for an inline image
    }
}
