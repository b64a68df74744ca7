package nl.relay.posts.attachments;

import java.text.Normalizer;

/**
 * A file's name as Relay keeps it: without any path the sender's system put before it, without control characters
 * or the invisible marks that reorder text (a "right-to-left override" makes {@code cv‮fdp.exe} read as
 * {@code cvexe.pdf}), and at most {@link #MAX_LENGTH} characters with its extension kept.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;
    /** What a file without a usable name is called. */
    static final String UNNAMED = "file";

    private FileNames() {
    }

    public static String sanitised(String raw) {
        if (raw == null) {
            return UNNAMED;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::visible).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return UNNAMED;
        }
        return shortened(name);
    }

    private static boolean visible(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isISOControl(codePoint) && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }

    /** At most MAX_LENGTH code points; a long name loses the end of its stem, not its extension. */
    private static String shortened(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        if (extensionLength > 20) {
            extension = "";
            extensionLength = 0;
        }
        String stem = dot > 0 && !extension.isEmpty() ? name.substring(0, dot) : name;
        int keep = MAX_LENGTH - extensionLength;
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
