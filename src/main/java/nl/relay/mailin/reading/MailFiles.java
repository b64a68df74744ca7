package nl.relay.mailin.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The parts of a mail that may be files, and which of them the sender meant to send: not the images its HTML shows
 * inline, nor the same file twice.
 */
final class MailFiles {

    private static final Pattern CID_REFERENCE = Pattern.compile("(?i)cid:([^\"'\\s>)]+)");

    private final List<Leaf> files = new ArrayList<>();
    private final Set<String> shownInline = new HashSet<>(); // content ids the HTML refers to as cid:…

    /** A leaf that may become an attachment, with what decides whether it does. */
    private record Leaf(String filename, String type, byte[] content, boolean declaredAttachment,
            boolean named, String contentId) {
    }

    /** Notes the images an HTML body shows inline (cid:…): they are part of the text, no files. */
    void shownBy(String html) {
        Matcher cid = CID_REFERENCE.matcher(html);
        while (cid.find()) {
            shownInline.add(cid.group(1).toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A leaf that is no body text; {@code filename} is null when the part names none (a forwarded mail is then named
     * after its subject, anything else after its type).
     */
    void add(String filename, String type, byte[] content, boolean declaredAttachment, String contentId) {
        String name = filename;
        if (name == null && (type.equals("message/rfc822") || type.equals("message/global"))) {
            name = forwardedName(content);
        }
        files.add(new Leaf(name == null ? fallbackName(type) : name, type, content, declaredAttachment, name != null,
                contentId));
    }

    /**
     * Files the sender meant to send: everything declared an attachment; otherwise not what the HTML shows inline
     * (cid: images), nor nameless inline images; the same file twice (in two alternatives) counts once.
     */
    List<MailAttachment> kept() {
        List<MailAttachment> kept = new ArrayList<>();
        for (Leaf file : files) {
            boolean shown = file.contentId() != null
                    && shownInline.contains(file.contentId().toLowerCase(Locale.ROOT));
            boolean namelessImage = file.type().startsWith("image/") && !file.named();
            if (!file.declaredAttachment() && (shown || namelessImage)) {
                continue;
            }
            boolean duplicate = kept.stream().anyMatch(k -> k.filename().equals(file.filename())
                    && Arrays.equals(k.content(), file.content()));
            if (!duplicate) {
                kept.add(new MailAttachment(file.filename(), file.type(), file.content()));
            }
        }
        return List.copyOf(kept);
    }

    /** A forwarded mail is named after its subject. */
    private static String forwardedName(byte[] content) {
        try {
            String subject = new InternetHeaders(new ByteArrayInputStream(content)).getHeader("Subject", null);
            if (subject != null) {
                String name = MailHeaders.decoded(MailHeaders.rawUtf8(MimeUtility.unfold(subject)))
                        .replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "").replaceAll("\\s+", " ").strip();
                if (!name.isEmpty()) {
                    return (name.length() > 150 ? name.substring(0, 150) : name) + ".eml";
                }
            }
        } catch (MessagingException e) {
            // not readable as a mail: a generic name below
        }
        return "message.eml";
    }

    private static String fallbackName(String type) {
        String extension = "";
        try {
            extension = MimeTypes.getDefaultMimeTypes().forName(type).getExtension();
        } catch (MimeTypeException e) {
            // an unknown type: no extension
        }
        return "attachment" + extension;
    }
}
