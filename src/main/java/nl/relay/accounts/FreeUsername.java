package nl.relay.accounts;

import java.util.regex.Pattern;
import nl.relay.platform.text.TextFolding;

/**
 * A username for a person who arrives from the company's identity provider: made from the name the provider gives
 * (the part before "@" of an address), folded to Relay's username characters, with a number added when taken.
 */
public final class FreeUsername {

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9._-]+");
    private static final Pattern EDGES = Pattern.compile("^[._-]+|[._-]+$");
    private static final int MAX = 30;

    private FreeUsername() {
    }

    /** The first free username made from the first usable hint, or "colleague" with a number. */
    public static String from(String... hints) {
        for (String hint : hints) {
            String base = base(hint);
            if (base != null) {
                return free(base);
            }
        }
        return free("colleague");
    }

    static String base(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String local = hint.contains("@") ? hint.substring(0, hint.indexOf('@')) : hint;
        String folded = NOT_ALLOWED.matcher(TextFolding.fold(local.strip()).replace(' ', '.')).replaceAll("");
        folded = EDGES.matcher(folded).replaceAll("");
        if (folded.length() > MAX) {
            folded = folded.substring(0, MAX);
        }
        return folded.length() < 2 ? null : folded;
    }

    private static String free(String base) {
        if (Account.findByUsername(base).isEmpty()) {
            return base;
        }
        for (int number = 2;; number++) {
            String suffix = Integer.toString(number);
            String candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
            if (Account.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
