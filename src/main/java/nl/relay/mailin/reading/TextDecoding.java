package nl.relay.mailin.reading;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The bytes of a text part as text: in the charset it declares, or the one it must have meant. */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** Text in its declared charset; without one (or a wrong one) UTF-8 when it is valid, else Windows-1252. */
    static String decode(byte[] bytes, String declared) {
        Charset charset = charset(declared);
        if (charset == null || charset.equals(StandardCharsets.US_ASCII) || charset.equals(StandardCharsets.UTF_8)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return clean(utf8);
            }
            charset = WINDOWS_1252;
        }
        if (charset.equals(StandardCharsets.ISO_8859_1)) {
            charset = WINDOWS_1252; // what mailers that say ISO-8859-1 really send, as browsers assume too
        }
        return clean(new String(bytes, charset));
    }

    private static Charset charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(declared.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Without a byte order mark and control characters other than tab and line breaks. */
    private static String clean(String text) {
        String result = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return result.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }
}
