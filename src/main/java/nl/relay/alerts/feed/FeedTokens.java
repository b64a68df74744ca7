package nl.relay.alerts.feed;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret in an alert's feed address: 32 random bytes, URL-safe. */
public final class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
