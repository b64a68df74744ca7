package nl.relay.mailin.reply;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Seals a reply target and its expiry into a token fit for an email address's local part, and opens it again.
 * The token is lower-case base32 without padding (local parts are case-insensitive on many servers) of a
 * version byte, the account id, the post id and the expiry (epoch seconds) as unsigned varints, followed by
 * the first 12 bytes (96 bits) of their HMAC-SHA256. Opening accepts only the exact encoding sealing writes:
 * any changed, added or removed character, a wrong key or a past expiry makes it empty.
 */
final class ReplySeal {

    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 12;
    private static final String ALGORITHM = "HmacSHA256";
    /** The longest token worth decoding: a version, three varints of at most 10 bytes, and the MAC. */
    private static final int MAX_BYTES = 1 + 3 * 10 + MAC_BYTES;
    private static final Base32 BASE32 = new Base32();

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration ttl;

    ReplySeal(byte[] key, Clock clock, Duration ttl) {
        if (key.length < 16) {
            throw new IllegalArgumentException("A reply token key needs at least 16 bytes");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A reply token's lifetime must be positive");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The token for the target, valid for the lifetime from now. */
    String seal(ReplyTarget target) {
        if (target.accountId() <= 0 || target.postId() <= 0) {
            throw new IllegalArgumentException("Ids of a reply target are positive");
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write(VERSION);
        writeVarint(payload, target.accountId());
        writeVarint(payload, target.postId());
        writeVarint(payload, clock.instant().plus(ttl).getEpochSecond());
        byte[] body = payload.toByteArray();
        byte[] token = Arrays.copyOf(body, body.length + MAC_BYTES);
        System.arraycopy(mac(body), 0, token, body.length, MAC_BYTES);
        return encode(token);
    }

    /** The target of a genuine token that has not expired; empty for anything else. */
    Optional<ReplyTarget> open(String token) {
        if (token == null || token.isEmpty() || token.length() > (MAX_BYTES * 8 + 4) / 5) {
            return Optional.empty();
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (!lower.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) {
            return Optional.empty();
        }
        byte[] bytes = BASE32.decode(lower.toUpperCase(Locale.ROOT));
        // Only the one encoding of these bytes counts: no stray trailing bits, no dropped characters.
        if (bytes.length <= MAC_BYTES + 1 || !encode(bytes).equals(lower)) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
        byte[] given = Arrays.copyOfRange(bytes, body.length, bytes.length);
        if (!MessageDigest.isEqual(Arrays.copyOf(mac(body), MAC_BYTES), given)) {
            return Optional.empty();
        }
        return parse(body);
    }

    private Optional<ReplyTarget> parse(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        if (in.get() != VERSION) {
            return Optional.empty();
        }
        long account = readVarint(in);
        long post = readVarint(in);
        long expires = readVarint(in);
        if (account <= 0 || post <= 0 || expires < 0 || in.hasRemaining()) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
            return Optional.empty();
        }
        return Optional.of(new ReplyTarget(account, post));
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String encode(byte[] bytes) {
        return BASE32.encodeAsString(bytes).replace("=", "").toLowerCase(Locale.ROOT);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    /** An unsigned varint; -1 when it runs past the end or past 63 bits. */
    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            if (!in.hasRemaining()) {
                return -1;
            }
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return -1;
    }
}
