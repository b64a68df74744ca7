package nl.relay.accounts;

import nl.relay.platform.text.TextFolding;

/**
 * A username for a person who arrives from the company's identity provider (single sign-on or SCIM): made from the
 * name the provider gives (the part before "@" of an address), accents folded, spaces as dots, other characters
 * dropped, 2 to 30 of {@code [a-z0-9._-]}, with a number added when taken ("jan.devries", "jan.devries2", ...).
 */
public final class FreeUsername {

    private static final int MAX = 30;
    private static final String FALLBACK = "colleague";

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
        return free(FALLBACK);
    }

    /** The username a hint makes before a number is added; null when it leaves fewer than two characters. */
    public static String base(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String local = hint.contains("@") ? hint.substring(0, hint.indexOf('@')) : hint;
        String folded = TextFolding.fold(local.strip())
                .replaceAll("\\s+", ".")
                .replaceAll("[^a-z0-9._-]", "")
                .replaceAll("([._-])[._-]+", "$1")
                .replaceAll("^[._-]+", "");
        String base = trimmed(folded, MAX);
        return base.length() < 2 ? null : base;
    }

    private static String free(String base) {
        for (int number = 1;; number++) {
            String candidate = number == 1
                    ? base
                    : trimmed(base, MAX - Integer.toString(number).length()) + number;
            if (Account.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static String trimmed(String text, int length) {
        String cut = text.length() > length ? text.substring(0, length) : text;
        return cut.replaceAll("[._-]+$", "");
    }
}
