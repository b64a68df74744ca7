package nl.relay.mailin.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The text and files of a mail, taken from its MIME structure: the plain text alternative is preferred over HTML, inline
 * images the HTML shows are no files, a forwarded mail is a file, signatures are dropped.
 */
final class MailBody {

    private static final int MAX_DEPTH = 20;
    private static final int MAX_PARTS = 500;
    private static final Set<String> SIGNATURES = Set.of("application/pkcs7-signature",
            "application/x-pkcs7-signature", "application/pgp-signature");
    private static final Pattern RAW_FILENAME = Pattern
            .compile("(?i)(?:^|;)\\s*(?:file)?name\\*?(?:0\\*?)?\\s*=\\s*(\"([^\"]*)\"|[^;]+)");
    private static final Pattern CID_REFERENCE = Pattern.compile("(?i)cid:([^\"'\\s>)]+)");
    private static final Pattern OUTLOOK_IMAGE = Pattern.compile("\\[cid:[^\\]\\s]+\\]");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<Leaf> files = new ArrayList<>();
    private final Set<String> shownInline = new HashSet<>(); // content ids the HTML refers to as cid:…
    private long budget;
    private int parts;
    private String text = "";
    private boolean html;
    private List<MailAttachment> attachments = List.of();

    /** A piece of body text and whether it came from HTML. */
    private record Piece(String text, boolean html) {
    }

    /** A leaf that may become an attachment, with what decides whether it does. */
    private record Leaf(String filename, String type, byte[] content, boolean declaredAttachment,
            boolean named, String contentId) {
    }

    private MailBody(long budget) {
        this.budget = budget;
    }

    /**
     * Reads the body, decoding no more bytes than the raw mail holds: no transfer encoding makes content larger than
     * its encoded form, so more would be a trick.
     */
    static MailBody of(MimeMessage message, int rawSize) throws UnreadableMail {
        MailBody body = new MailBody(rawSize);
        List<Piece> pieces = new ArrayList<>();
        try {
            body.walk(message, 0, pieces);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMail("broken-structure", e);
        }
        body.text = pieces.stream().map(Piece::text).filter(t -> !t.isBlank()).map(MailBody::tidy)
                .collect(Collectors.joining("\n\n"));
        body.html = pieces.stream().anyMatch(p -> p.html() && !p.text().isBlank());
        body.attachments = body.keptFiles();
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

    private void walk(Part part, int depth, List<Piece> pieces) throws MessagingException, IOException, UnreadableMail {
        if (depth > MAX_DEPTH || ++parts > MAX_PARTS) {
            throw new UnreadableMail("too-complex");
        }
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            multipart(part, base, type, depth, pieces);
            return;
        }
        if (SIGNATURES.contains(base)) {
            return;
        }
        boolean declaredAttachment = declaredAttachment(part);
        String filename = filename(part);
        boolean textBody = base.equals("text/plain") || base.equals("text/html");
        if (textBody && !declaredAttachment && filename == null) {
            String content = decode(read(part), type.getParameter("charset"));
            if (base.equals("text/html")) {
                Matcher cid = CID_REFERENCE.matcher(content);
                while (cid.find()) {
                    shownInline.add(cid.group(1).toLowerCase(Locale.ROOT));
                }
                pieces.add(new Piece(HtmlText.of(content), true));
            } else {
                pieces.add(new Piece(plain(content, type), false));
            }
            return;
        }
        byte[] content = read(part);
        if (base.equals("message/rfc822") || base.equals("message/global")) {
            filename = filename != null ? filename : forwardedName(content);
        }
        files.add(new Leaf(filename == null ? fallbackName(base) : filename, base, content, declaredAttachment,
                filename != null, contentId(part)));
    }

    private void multipart(Part part, String base, ContentType type, int depth, List<Piece> pieces)
            throws MessagingException, IOException, UnreadableMail {
        MimeMultipart multipart = new MimeMultipart(new MimePartDataSource((MimePart) part));
        int count = multipart.getCount();
        if (base.equals("multipart/alternative")) {
            List<List<Piece>> alternatives = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                List<Piece> alternative = new ArrayList<>();
                walk(multipart.getBodyPart(i), depth + 1, alternative);
                alternatives.add(alternative);
            }
            pieces.addAll(preferred(alternatives));
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

    /** The first plain text alternative that says something, else the richest (last) one that does. */
    private static List<Piece> preferred(List<List<Piece>> alternatives) {
        for (List<Piece> alternative : alternatives) {
            if (!alternative.isEmpty() && alternative.stream().noneMatch(Piece::html) && saysSomething(alternative)) {
                return alternative;
            }
        }
        for (List<Piece> alternative : alternatives.reversed()) {
            if (saysSomething(alternative)) {
                return alternative;
            }
        }
        return List.of();
    }

    private static boolean saysSomething(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> !p.text().isBlank());
    }

    private static int relatedRoot(MimeMultipart multipart, String start) throws MessagingException {
        if (start != null) {
            String wanted = start.strip().replaceAll("^<|>$", "");
            for (int i = 0; i < multipart.getCount(); i++) {
                if (wanted.equals(contentId(multipart.getBodyPart(i)))) {
                    return i;
                }
            }
        }
        return 0;
    }

    /**
     * Files the sender meant to send: everything declared an attachment; otherwise not what the HTML shows inline
     * (cid: images), nor nameless inline images; the same file twice (in two alternatives) counts once.
     */
    private List<MailAttachment> keptFiles() {
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

    /** The decoded content of a leaf, counted against the budget. */
    private byte[] read(Part part) throws MessagingException, IOException, UnreadableMail {
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

    /** Without trailing spaces, leading and trailing blank lines, and with runs of blank lines made one. */
    private static String tidy(String text) {
        return text.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").replaceAll("^\\s*\n", "")
                .stripTrailing();
    }

    /** A plain text part; format=flowed (RFC 3676) is joined back into paragraphs. */
    private static String plain(String content, ContentType type) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
            text = FlowedText.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
        }
        return OUTLOOK_IMAGE.matcher(text).replaceAll(""); // Outlook's stand-in for an inline image
    }

    /** Text in its declared charset; without one (or a wrong one) UTF-8 when it is valid, else Windows-1252. */
    static String decode(byte[] bytes, String declared) {
        Charset charset = charset(declared);
        if (charset == null || charset.equals(StandardCharsets.US_ASCII) || charset.equals(StandardCharsets.UTF_8)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return clean(utf8);
            }
            charset = WINDOWS_1252;
        }
        if (charset.equals(StandardCharsets.ISO_8859_1)) {
            charset = WINDOWS_1252; // what mailers that say ISO-8859-1 really send, as browsers assume too
        }
        return clean(new String(bytes, charset));
    }

    private static Charset charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(declared.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Without a byte order mark and control characters other than tab and line breaks. */
    private static String clean(String text) {
        String result = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return result.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    private static ContentType contentType(Part part) throws MessagingException {
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

    private static boolean declaredAttachment(Part part) throws MessagingException {
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

    private static String contentId(Part part) throws MessagingException {
        String id = header(part, "Content-ID");
        if (id == null) {
            return null;
        }
        String bare = id.strip().replaceAll("^<|>$", "").strip();
        return bare.isEmpty() ? null : bare;
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
