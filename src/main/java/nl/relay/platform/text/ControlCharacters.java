package nl.relay.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Text that reaches Relay may hold newlines and tabs but no other control characters (NUL, escape
 * codes, lone surrogates). A Windows line ending is folded to a newline; anything else is refused.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The text with CRLF folded to LF, or {@code null} if it holds a forbidden character. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String folded = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n") : text;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\n' || c == '\t') {
                continue;
            }
            if (Character.isISOControl(c) || isLoneSurrogate(folded, i)) {
                return null;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return folded;
    }

    /** The text with CRLF folded to LF and every forbidden character left out. */
    public static String strip(String text) {
        String folded = text.replace("\r\n", "\n");
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isHighSurrogate(c) && !isLoneSurrogate(folded, i)) {
                kept.append(c).append(folded.charAt(++i));
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c) && !Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    /** Jackson's string reader with the rule applied to every string value in a request body. */
    public static final class StrictStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            String cleaned = clean(value);
            if (value != null && cleaned == null) {
                throw new Rejected(parser, "must not contain control characters other than newline and tab");
            }
            return cleaned;
        }
    }

    /** A string value refused for its characters. */
    public static final class Rejected extends MismatchedInputException {

        private final String reason;

        Rejected(JsonParser parser, String reason) {
            super(parser, reason, String.class);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
