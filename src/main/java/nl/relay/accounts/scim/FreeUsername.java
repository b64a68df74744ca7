package nl.relay.accounts.scim;

import nl.relay.accounts.Account;
import nl.relay.platform.text.TextFolding;

/**
 * Makes a Relay username for a provisioned person from their SCIM userName: the part before the @, accents
 * folded, spaces as dots, other characters dropped, 2 to 30 of [a-z0-9._-]; a number is added when it is taken
 * ("jan.devries", "jan.devries2", ...).
 */
final class FreeUsername {

    static final int MAX = 30;

    private FreeUsername() {
    }

    static String from(String userName) {
        String base = base(userName);
        for (int n = 1;; n++) {
            String candidate = n == 1 ? base : trimmed(base, MAX - Integer.toString(n).length()) + n;
            if (Account.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    static String base(String userName) {
        String folded = TextFolding.fold(UserChange.localPart(userName).strip())
                .replaceAll("\\s+", ".")
                .replaceAll("[^a-z0-9._-]", "")
                .replaceAll("([._-])[._-]+", "$1")
                .replaceAll("^[._-]+", "");
        String base = trimmed(folded, MAX);
        return base.length() < 2 ? "user" + base : base;
    }

    private static String trimmed(String text, int length) {
        String cut = text.length() > length ? text.substring(0, length) : text;
        return cut.replaceAll("[._-]+$", "");
    }
}
