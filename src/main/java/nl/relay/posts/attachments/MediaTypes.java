package nl.relay.posts.attachments;

import java.util.Locale;
import java.util.Set;

/**
 * The type a file is served as. Only types a browser shows without running anything it holds are served as
 * detected; everything else (HTML, SVG, XML, scripts, and types Relay does not know) goes out as
 * application/octet-stream, so a file uploaded by a colleague never runs as part of Relay's site.
 */
public final class MediaTypes {

    public static final String OCTET_STREAM = "application/octet-stream";

    /** Inert types: images without scripts, PDF, plain text and office documents. */
    private static final Set<String> INERT = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
            "image/tiff", "image/heic", "image/avif", "application/pdf", "text/plain", "text/csv",
            "application/zip", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/rtf", "audio/mpeg", "audio/mp4", "audio/ogg", "video/mp4", "video/webm", "video/quicktime");
    private static final String[] INERT_FAMILIES = {"application/vnd.openxmlformats-officedocument.",
            "application/vnd.oasis.opendocument."};

    private MediaTypes() {
    }

    /** The type without parameters, in lower case ("text/plain; charset=x" is "text/plain"). */
    public static String essence(String type) {
        if (type == null || type.isBlank()) {
            return OCTET_STREAM;
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The Content-Type a file of this detected type is served with. */
    public static String served(String detected) {
        String type = essence(detected);
        if (INERT.contains(type)) {
            return type;
        }
        for (String family : INERT_FAMILIES) {
            if (type.startsWith(family) && !type.contains("macro")) {
                return type;
            }
        }
        return OCTET_STREAM;
    }
}
