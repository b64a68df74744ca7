package nl.relay.accounts;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/** Password rules and bcrypt hashing. */
public final class Passwords {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; longer passwords would be silently cut. */
    static final int MAX_BYTES = 72;
    private static final int COST = 11;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the username is unknown, so both failures take the same time. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash("relay-decoy-password", COST);

    private Passwords() {
    }

    /** What is wrong with a new password, if anything. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes");
        }
        return Optional.empty();
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            BcryptUtil.matches("x", DECOY_HASH);
            return false;
        }
        return BcryptUtil.matches(password, hash == null ? DECOY_HASH : hash) && hash != null;
    }

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
