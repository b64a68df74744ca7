package nl.relay.mailin.reply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.relay.testing.TestClock;
import org.junit.jupiter.api.Test;

/** Reply addresses as the application makes them: at the mail-in domain, with a key every instance shares. */
@QuarkusTest
class ReplyTokensTest {

    @Inject
    ReplyTokens tokens;

    @Inject
    EntityManager entityManager;

    @Inject
    TestClock clock;

    @Test
    void anAddressAtTheMailInDomainReadsBackToItsRecipientAndPost() {
        String address = tokens.addressFor(41, 4242).orElseThrow();
        assertTrue(address.matches("reply\\+[a-z2-7]+@relay\\.test"), address);
        String token = address.substring(ReplyTokens.PREFIX.length(), address.indexOf('@'));
        assertEquals(Optional.of(new ReplyTarget(41, 4242)), tokens.read(token));
        assertEquals(Optional.of(new ReplyTarget(41, 4242)), tokens.read(token.toUpperCase()));
        assertEquals(Optional.empty(), tokens.read(token.substring(1)));
        assertEquals(Optional.empty(), tokens.read(address));
    }

    @Test
    void aTokenExpiresAfterSixtyDays() {
        clock.stop();
        try {
            String address = tokens.addressFor(7, 8).orElseThrow();
            String token = address.substring(ReplyTokens.PREFIX.length(), address.indexOf('@'));
            clock.advance(Duration.ofDays(60).minusMinutes(1));
            assertEquals(Optional.of(new ReplyTarget(7, 8)), tokens.read(token));
            clock.advance(Duration.ofMinutes(1));
            assertEquals(Optional.empty(), tokens.read(token));
        } finally {
            clock.resume();
        }
    }

    @Test
    void withoutAMailInDomainThereIsNoReplyAddress() {
        ReplyTokens off = new ReplyTokens(Optional.of("  "), Duration.ofDays(60), keys(Optional.empty()),
                Clock.systemUTC());
        assertEquals(Optional.empty(), off.addressFor(1, 2));
        ReplyTokens none = new ReplyTokens(Optional.empty(), Duration.ofDays(60), keys(Optional.empty()),
                Clock.systemUTC());
        assertEquals(Optional.empty(), none.addressFor(1, 2));
    }

    @Test
    void anotherInstanceOnTheSameDatabaseReadsTheTokens() {
        String address = tokens.addressFor(12, 34).orElseThrow();
        String token = address.substring(ReplyTokens.PREFIX.length(), address.indexOf('@'));
        ReplyTokens other = new ReplyTokens(Optional.of("Relay.Test"), Duration.ofDays(60), keys(Optional.empty()),
                Clock.systemUTC());
        assertEquals(Optional.of(new ReplyTarget(12, 34)), other.read(token));
        assertTrue(other.addressFor(1, 2).orElseThrow().endsWith("@relay.test"), "the domain in lower case");
    }

    @Test
    void aConfiguredSecretSignsInsteadAndMustBeLongEnough() {
        String secret = "een geheim van minstens tweeendertig tekens";
        ReplyTokens configured = new ReplyTokens(Optional.of("relay.test"), Duration.ofDays(60),
                keys(Optional.of(secret)), Clock.systemUTC());
        String address = configured.addressFor(5, 6).orElseThrow();
        String token = address.substring(ReplyTokens.PREFIX.length(), address.indexOf('@'));
        assertEquals(Optional.of(new ReplyTarget(5, 6)), configured.read(token));
        assertEquals(Optional.empty(), tokens.read(token), "the stored key is another");
        ReplyKeys tooShort = keys(Optional.of("kort geheim"));
        assertThrows(IllegalStateException.class, tooShort::key);
    }

    @Test
    void instancesStartingTogetherOnAnEmptyDatabaseAgreeOnOneKey() throws Exception {
        byte[] kept = stored();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("delete from mail_reply_key").executeUpdate());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ReplyKeys instance = keys(Optional.empty());
                Callable<byte[]> generate = () -> {
                    start.await();
                    return instance.key();
                };
                keys.add(pool.submit(generate));
            }
            start.countDown();
            byte[] first = keys.get(0).get();
            assertEquals(32, first.length);
            for (Future<byte[]> key : keys) {
                assertArrayEquals(first, key.get());
            }
            assertArrayEquals(first, stored());
        } finally {
            pool.shutdownNow();
            // the application's instance keeps the key it loaded: put it back for the tokens it made
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update mail_reply_key set secret = ?1").setParameter(1, kept)
                    .executeUpdate());
        }
    }

    private ReplyKeys keys(Optional<String> secret) {
        return new ReplyKeys(secret, entityManager);
    }

    private byte[] stored() {
        tokens.addressFor(1, 1);
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select secret from mail_reply_key").getSingleResult());
    }
}
