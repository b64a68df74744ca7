package nl.relay.accounts.scim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.platform.text.OneLine;

/**
 * The list filters Relay answers (RFC 7644 section 3.4.2.2): {@code userName eq "..."} and
 * {@code externalId eq "..."}, the ones provisioning systems use to find a user before creating it.
 */
record UserFilter(Attribute attribute, String value) {

    enum Attribute {
        USER_NAME, EXTERNAL_ID
    }

    private static final Pattern EQUALS = Pattern.compile(
            "\\s*(?:urn:ietf:params:scim:schemas:core:2\\.0:User:)?(userName|externalId)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*",
            Pattern.CASE_INSENSITIVE);

    static UserFilter parse(String filter) {
        Matcher matcher = EQUALS.matcher(filter);
        if (!matcher.matches()) {
            throw ScimError.invalidFilter("Relay filters users only by userName eq \"...\" or externalId eq \"...\".");
        }
        Attribute attribute = matcher.group(1).equalsIgnoreCase("userName")
                ? Attribute.USER_NAME
                : Attribute.EXTERNAL_ID;
        String value = unescape(matcher.group(2));
        if (!OneLine.Check.holds(value)) {
            throw ScimError.invalidFilter("A filter value cannot contain control characters.");
        }
        return new UserFilter(attribute, value);
    }

    /** JSON string escapes, of which filters use \" and \\ (a \\uXXXX escape is read too). */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 5 > text.length()) {
                        throw ScimError.invalidFilter("The filter has an incomplete \\u escape.");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        throw ScimError.invalidFilter("The filter has an invalid \\u escape.");
                    }
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
