package nl.relay.accounts.reset;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a reset link: {@code <link id>.<expiry, epoch seconds>.<signature>}, where the signature is an
 * HMAC-SHA256, under the server key ({@link ResetKeys}), of the link's id, its account, its expiry and the
 * account's current password hash. 256 bits that nobody without the key can predict or forge, the same for a link
 * on every retry of its mail, and void as soon as the password changes, however it changes.
 * <p>
 * Why not a random token? A random one has to be kept until it is mailed, and the mail goes through the outbox
 * (a mail server that is down must not lose it): the token would wait in outbox_task in the clear. Derived from
 * the key, nothing in the database is the token: the row keeps only its SHA-256, and the mail job makes the link
 * again from the row. Anyone without the key learns nothing from the database; with a configured
 * {@code relay.password-reset.secret} the database alone is not enough to make a link.
 */
@ApplicationScoped
class ResetTokens {

    private static final Pattern FORM = Pattern
            .compile("([1-9][0-9]{0,17})\\.([1-9][0-9]{0,11})\\.([A-Za-z0-9_-]{43})");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final ResetKeys keys;

    ResetTokens(ResetKeys keys) {
        this.keys = keys;
    }

    /** What a token says of itself; not yet checked against its link. */
    record Claim(long resetId, Instant expiresAt, String token) {
    }

    /** The token of this link, for an account with this password hash. */
    String tokenOf(long resetId, long accountId, Instant expiresAt, String passwordHash) {
        long expiry = expiresAt.getEpochSecond();
        return resetId + "." + expiry + "." + BASE64.encodeToString(sign(resetId, accountId, expiry, passwordHash));
    }

    /** The token's claim, if it has a token's form; else it cannot be one. */
    static Optional<Claim> read(String token) {
        Matcher form = token == null ? null : FORM.matcher(token);
        if (form == null || !form.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(Long.parseLong(form.group(1)),
                Instant.ofEpochSecond(Long.parseLong(form.group(2))), token));
    }

    /** Whether both tokens are the same, compared in constant time. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** The SHA-256 of a token: what the database keeps of it. */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private byte[] sign(long resetId, long accountId, long expiry, String passwordHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key(), "HmacSHA256"));
            String signed = "relay-password-reset\n" + resetId + "\n" + accountId + "\n" + expiry + "\n"
                    + (passwordHash == null ? "" : passwordHash);
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }
}
