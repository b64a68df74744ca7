package nl.relay.posts.attachments;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A stored file as a download: always saved rather than shown ({@code Content-Disposition: attachment}, with the
 * name both as ASCII and as RFC 6266/8187 UTF-8), served as its detected type only when that type is inert
 * ({@link MediaTypes#served}), never sniffed, never kept by a shared cache.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response of(String filename, String detectedType, byte[] content) {
        return Response.ok(content)
                .type(MediaTypes.served(detectedType))
                .header("Content-Disposition", disposition(filename))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** attachment; filename="cv_de_vries.pdf"; filename*=UTF-8''cv_d%C3%A9_vries.pdf */
    static String disposition(String filename) {
        StringBuilder ascii = new StringBuilder(filename.length());
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                ? (char) c
                : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + extValue(filename);
    }

    /** RFC 8187: every byte outside attr-char percent-encoded. */
    private static String extValue(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        // URLEncoder leaves "*" as is, which attr-char does not allow; it encodes "~", which attr-char allows
        return encoded.replace("*", "%2A").replace("%7E", "~");
    }
}
