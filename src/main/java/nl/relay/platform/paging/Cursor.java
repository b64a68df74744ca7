package nl.relay.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.text.ControlCharacters;

/**
 * The position after the last item of a page: the sort key(s) of that item. Opaque to clients
 * (base64url), so the sort keys may change without breaking the contract.
 */
public record Cursor(List<String> keys) {

    private static final char SEPARATOR = '\u001f';

    public static Cursor of(Object... keys) {
        return new Cursor(java.util.Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String encode() {
        String joined = String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; anything that is not one of ours is a 400. */
    public static Cursor decode(String encoded, int expectedKeys) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String joined = ControlCharacters.clean(decoded.replace(SEPARATOR, ' ')) == null ? null : decoded;
            if (joined == null) {
                throw new MalformedRequest("The cursor is not valid for this list.");
            }
            List<String> keys = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (keys.size() != expectedKeys) {
                throw new MalformedRequest("The cursor is not valid for this list.");
            }
            return new Cursor(keys);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequest("The cursor is not valid for this list.");
        }
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** A numeric key; a tampered cursor is a 400, never a 500. */
    public long longKey(int index) {
        try {
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException e) {
            throw new MalformedRequest("The cursor is not valid for this list.");
        }
    }
}
