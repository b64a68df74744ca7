package nl.relay.accounts.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secret of a personal access token: {@code relay_pat_} and 32 random bytes in base64url, recognisable by its
 * prefix (secret scanners and the authentication mechanism look for it). Only its SHA-256 is ever stored.
 */
public final class AccessTokenSecret {

    public static final String PREFIX = "relay_pat_";
    private static final int RANDOM_BYTES = 32;
    /** 32 bytes in unpadded base64url are 43 characters. */
    private static final Pattern SHAPE = Pattern.compile("relay_pat_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token, in lower-case hex: what the database keeps and looks up. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether a token has the shape Relay gives its tokens (anything else cannot be one, and is not looked up). */
    static boolean wellFormed(String token) {
        return SHAPE.matcher(token).matches();
    }

    /**
     * The access token an Authorization header carries ({@code Bearer relay_pat_…}), or null when it carries none
     * (no header, another scheme, or another kind of bearer token such as a Relay session token).
     */
    public static String fromAuthorization(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            return null;
        }
        String token = value.substring(space + 1).strip();
        return token.startsWith(PREFIX) ? token : null;
    }
}
