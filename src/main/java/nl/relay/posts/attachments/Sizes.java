package nl.relay.posts.attachments;

import java.util.Locale;

/** A number of bytes as people read it in messages: 812 bytes, 34 KiB, 10 MiB, 2.5 MiB. */
public final class Sizes {

    private Sizes() {
    }

    public static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KiB";
        }
        double mib = bytes / (1024.0 * 1024.0);
        return mib == Math.rint(mib) ? (long) mib + " MiB" : String.format(Locale.ROOT, "%.1f MiB", mib);
    }
}
