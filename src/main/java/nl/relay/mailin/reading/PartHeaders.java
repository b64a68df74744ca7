package nl.relay.mailin.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the headers of one MIME part say (its type, disposition, file name, content id), read leniently. */
final class PartHeaders {

    private static final Pattern RAW_FILENAME = Pattern
            .compile("(?i)(?:^|;)\\s*(?:file)?name\\*?(?:0\\*?)?\\s*=\\s*(\"([^\"]*)\"|[^;]+)");

    private PartHeaders() {
    }

    static ContentType contentType(Part part) throws MessagingException {
        String header = part.getContentType();
        if (header != null) {
            try {
                return new ContentType(header);
            } catch (ParseException e) {
                Matcher base = Pattern.compile("^\\s*([\\w.+-]+/[\\w.+-]+)").matcher(header);
                if (base.find()) {
                    return new ContentType(base.group(1));
                }
            }
        }
        return new ContentType("text/plain"); // RFC 2045: the default, also for what cannot be read
    }

    static boolean declaredAttachment(Part part) throws MessagingException {
        String header = header(part, "Content-Disposition");
        if (header == null) {
            return false;
        }
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(new ContentDisposition(header).getDisposition());
        } catch (ParseException e) {
            return header.strip().toLowerCase(Locale.ROOT).startsWith(Part.ATTACHMENT);
        }
    }

    /** The decoded filename (RFC 2231 or encoded-words), without any path; null when the part names none. */
    static String filename(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (ParseException e) {
            name = rawFilename(header(part, "Content-Disposition"));
            if (name == null) {
                name = rawFilename(header(part, "Content-Type"));
            }
        }
        if (name == null) {
            return null;
        }
        name = MailHeaders.decoded(MailHeaders.rawUtf8(name));
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").replaceAll("\\s+", " ").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return null;
        }
        return name.length() <= 200 ? name : name.substring(0, 150) + name.substring(name.length() - 50);
    }

    private static String rawFilename(String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = RAW_FILENAME.matcher(header);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(1).strip();
    }

    private static String header(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : MimeUtility.unfold(values[0]);
    }

    /** The Content-ID without its angle brackets; null when there is none. */
    static String contentId(Part part) throws MessagingException {
        String id = header(part, "Content-ID");
        if (id == null) {
            return null;
        }
        String bare = id.strip().replaceAll("^<|>$", "").strip();
        return bare.isEmpty() ? null : bare;
    }
}
