package nl.relay.mailin.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** Reply tokens read back only as sealed, with the key they were sealed with, until they expire. */
class ReplySealTest {

    private static final byte[] KEY = "een sleutel van minstens 32 tekens lang".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final Duration TTL = Duration.ofDays(60);
    private static final ReplyTarget TARGET = new ReplyTarget(4711, 123_456_789L);

    private static ReplySeal at(Instant instant) {
        return new ReplySeal(KEY, Clock.fixed(instant, ZoneOffset.UTC), TTL);
    }

    private static final ReplySeal SEAL = at(NOW);

    @Test
    void aTokenReadsBackToItsRecipientAndPost() {
        String token = SEAL.seal(TARGET);
        assertEquals(Optional.of(TARGET), SEAL.open(token));
        ReplyTarget large = new ReplyTarget(Long.MAX_VALUE, 1);
        assertEquals(Optional.of(large), SEAL.open(SEAL.seal(large)));
    }

    @Test
    void aTokenIsLowerCaseBase32AndFitsALocalPart() {
        String token = SEAL.seal(new ReplyTarget(98_765_432L, 9_876_543_210L));
        assertTrue(token.matches("[a-z2-7]+"), token);
        assertTrue((ReplyTokens.PREFIX + token).length() <= 64, "an email local part holds at most 64 octets");
    }

    @Test
    void aTokenInUpperCaseStillReads() {
        String token = SEAL.seal(TARGET);
        assertEquals(Optional.of(TARGET), SEAL.open(token.toUpperCase(Locale.ROOT)));
    }

    @Test
    void everyChangedCharacterMakesTheTokenUnreadable() {
        String token = SEAL.seal(TARGET);
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        for (int i = 0; i < token.length(); i++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement == token.charAt(i)) {
                    continue;
                }
                String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
                assertEquals(Optional.empty(), SEAL.open(tampered), "changed at " + i + ": " + tampered);
            }
        }
    }

    @Test
    void aTruncatedOrExtendedTokenIsUnreadable() {
        String token = SEAL.seal(TARGET);
        for (int length = 0; length < token.length(); length++) {
            assertEquals(Optional.empty(), SEAL.open(token.substring(0, length)), "first " + length);
            assertEquals(Optional.empty(), SEAL.open(token.substring(token.length() - length)), "last " + length);
        }
        assertEquals(Optional.empty(), SEAL.open(token + "a"));
        assertEquals(Optional.empty(), SEAL.open(token + "aaaaaaaa"));
        assertEquals(Optional.empty(), SEAL.open("a" + token));
    }

    @Test
    void anotherTargetsPayloadWithThisMacIsUnreadable() {
        String mine = SEAL.seal(TARGET);
        String other = SEAL.seal(new ReplyTarget(TARGET.accountId() + 1, TARGET.postId()));
        byte[] mineBytes = decode(mine);
        byte[] otherBytes = decode(other);
        assertEquals(mineBytes.length, otherBytes.length);
        // the other account's payload with my MAC
        byte[] spliced = mineBytes.clone();
        System.arraycopy(otherBytes, 0, spliced, 0, spliced.length - 12);
        assertEquals(Optional.empty(), SEAL.open(encode(spliced)));
    }

    @Test
    void eachPartOfThePayloadIsCoveredByTheMac() {
        byte[] bytes = decode(SEAL.seal(TARGET));
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = bytes.clone();
                tampered[i] ^= (byte) (1 << bit);
                assertEquals(Optional.empty(), SEAL.open(encode(tampered)), "byte " + i + " bit " + bit);
            }
        }
    }

    @Test
    void aTokenSealedWithAnotherKeyIsUnreadable() {
        ReplySeal other = new ReplySeal("een andere sleutel van 32 tekens of meer".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC), TTL);
        assertEquals(Optional.empty(), SEAL.open(other.seal(TARGET)));
        assertEquals(Optional.empty(), other.open(SEAL.seal(TARGET)));
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        String token = SEAL.seal(TARGET);
        assertEquals(Optional.of(TARGET), at(NOW.plus(TTL).minusSeconds(1)).open(token));
        assertEquals(Optional.empty(), at(NOW.plus(TTL)).open(token));
        assertEquals(Optional.empty(), at(NOW.plus(Duration.ofDays(365))).open(token));
    }

    @Test
    void aLongerExpiryCannotBeWrittenIntoTheToken() {
        String token = SEAL.seal(TARGET);
        String later = at(NOW.plus(Duration.ofDays(30))).seal(TARGET);
        assertNotEquals(token, later);
        byte[] early = decode(token);
        byte[] late = decode(later);
        // the later expiry with the earlier token's MAC
        System.arraycopy(early, early.length - 12, late, late.length - 12, 12);
        assertEquals(Optional.empty(), SEAL.open(encode(late)));
    }

    @Test
    void garbageIsUnreadable() {
        for (String garbage : new String[]{null, "", "reply", "0189", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "abc-def", "ab cd", "ÄBC", "a".repeat(10_000)}) {
            assertEquals(Optional.empty(), SEAL.open(garbage), String.valueOf(garbage));
        }
    }

    @Test
    void aShortKeyOrNoLifetimeIsRefused() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThrows(IllegalArgumentException.class, () -> new ReplySeal(new byte[8], clock, TTL));
        assertThrows(IllegalArgumentException.class, () -> new ReplySeal(KEY, clock, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SEAL.seal(new ReplyTarget(0, 1)));
    }

    private static byte[] decode(String token) {
        return new Base32().decode(token.toUpperCase(Locale.ROOT));
    }

    private static String encode(byte[] bytes) {
        return new Base32().encodeAsString(bytes).replace("=", "").toLowerCase(Locale.ROOT);
    }
}
