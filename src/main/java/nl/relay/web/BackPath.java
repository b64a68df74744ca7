package nl.relay.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a form returns to: only a path on this site, never "//elsewhere" or a full address (no open redirect). */
public final class BackPath {

    private BackPath() {
    }

    /** Whether the path asked for is a path on this site (never empty). */
    public static boolean isLocal(String back) {
        return back != null && !back.isEmpty() && or(back, null) != null;
    }

    /** The path asked for when it is local, otherwise {@code fallback}. */
    public static String or(String back, String fallback) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return fallback;
        }
        try {
            URI uri = new URI(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : fallback;
        } catch (URISyntaxException e) {
            return fallback;
        }
    }
}
