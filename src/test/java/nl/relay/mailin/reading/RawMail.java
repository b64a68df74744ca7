package nl.relay.mailin.reading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds a small raw mail for a test: an ordinary plain text mail unless headers or body say otherwise. */
final class RawMail {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final List<String[]> headers = new ArrayList<>();
    private String body = "Hoi,\r\n\r\nDe vacature staat online.\r\n\r\nAnna\r\n";
    private String envelopeFrom = "anna.devries@bureau.nl";

    static RawMail plain() {
        return new RawMail().header("From", "Anna de Vries <anna.devries@bureau.nl>").header("To", "post@relay.test")
                .header("Subject", "Vacature online").header("Date", "Tue, 1 Dec 2026 10:12:33 +0100")
                .header("Message-ID", "<raw." + COUNTER.incrementAndGet() + "@bureau.nl>").header("MIME-Version", "1.0")
                .header("Content-Type", "text/plain; charset=UTF-8");
    }

    /** Sets a header, replacing one of the same name. */
    RawMail header(String name, String value) {
        without(name);
        headers.add(new String[]{name, value});
        return this;
    }

    /** Adds a header, also when one of the same name exists. */
    RawMail also(String name, String value) {
        headers.add(new String[]{name, value});
        return this;
    }

    RawMail without(String name) {
        headers.removeIf(header -> header[0].equalsIgnoreCase(name));
        return this;
    }

    /** The body; line breaks become CRLF. */
    RawMail body(String text) {
        body = text.replace("\r\n", "\n").replace("\n", "\r\n");
        return this;
    }

    RawMail envelopeFrom(String address) {
        envelopeFrom = address;
        return this;
    }

    byte[] bytes() {
        return bytes(StandardCharsets.UTF_8);
    }

    byte[] bytes(java.nio.charset.Charset bodyCharset) {
        StringBuilder head = new StringBuilder();
        headers.forEach(header -> head.append(header[0]).append(": ").append(header[1]).append("\r\n"));
        head.append("\r\n");
        byte[] top = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] rest = body.getBytes(bodyCharset);
        byte[] all = new byte[top.length + rest.length];
        System.arraycopy(top, 0, all, 0, top.length);
        System.arraycopy(rest, 0, all, top.length, rest.length);
        return all;
    }

    ReadMail read() throws UnreadableMail {
        return MailReader.read(bytes(), envelopeFrom);
    }
}
