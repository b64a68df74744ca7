package nl.relay.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.relay.platform.SqlValues;
import nl.relay.platform.TooManyRequests;

/**
 * Slows down password guessing: after too many failed sign-ins for one username, or from one
 * address, within the window, further attempts get 429 until the window has passed. Kept in
 * PostgreSQL so every instance counts the same failures.
 * <p>
 * An attempt is recorded as a failure before the password is checked, and only cleared when it
 * succeeds, so parallel guesses cannot all slip under the limit.
 */
@ApplicationScoped
class LoginThrottle {

    /** Longer keys are cut: a username or address is never that long, and the index must hold it. */
    private static final int MAX_KEY = 100;

    private final EntityManager entityManager;
    private final AuthConfig.Throttle config;
    private final Clock clock;

    LoginThrottle(EntityManager entityManager, AuthConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config.throttle();
        this.clock = clock;
    }

    /**
     * Records an attempt and lets it through, or refuses it with 429 when this username or address
     * already used up its failures (the refused attempt is not counted).
     */
    void admit(String username, String address) {
        String user = key(username);
        String from = key(address);
        Instant now = clock.instant();
        // Committed before counting, so parallel attempts see each other.
        long attempt = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "insert into login_failure (username, address, failed_at) values (?1, ?2, ?3) returning id")
                .setParameter(1, user)
                .setParameter(2, from)
                .setParameter(3, Timestamp.from(now))
                .getSingleResult()).longValue());
        Instant since = now.minus(config.window());
        Instant blockedUntil = QuarkusTransaction.requiringNew().call(() -> latest(
                blockedUntil("username", user, config.maxFailuresPerAccount(), since),
                blockedUntil("address", from, config.maxFailuresPerAddress(), since)));
        if (blockedUntil != null) {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("delete from login_failure where id = ?1").setParameter(1, attempt)
                    .executeUpdate());
            throw new TooManyRequests("Too many failed sign-ins. Try again later.",
                    Duration.between(now, blockedUntil));
        }
    }

    /** The attempt succeeded: the username's failures are forgotten. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void succeeded(String username) {
        entityManager.createNativeQuery("delete from login_failure where username = ?1")
                .setParameter(1, key(username))
                .executeUpdate();
    }

    @Transactional
    int forgetOlderThan(Instant cutoff) {
        return entityManager.createNativeQuery("delete from login_failure where failed_at < ?1")
                .setParameter(1, Timestamp.from(cutoff))
                .executeUpdate();
    }

    Duration window() {
        return config.window();
    }

    /**
     * When this key falls back under its limit, or null when this attempt is within it. The rows
     * include the attempt being admitted, so more than {@code limit} rows means the limit was used up.
     */
    private Instant blockedUntil(String column, String key, int limit, Instant since) {
        Object oldestBlocking = entityManager.createNativeQuery("select failed_at from login_failure where "
                + column + " = ?1 and failed_at > ?2 order by failed_at desc offset ?3 limit 1")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(since))
                .setParameter(3, limit)
                .getResultStream().findFirst().orElse(null);
        return oldestBlocking == null ? null : SqlValues.instant(oldestBlocking).plus(config.window());
    }

    private static String key(String value) {
        String text = value == null ? "" : value;
        return text.length() > MAX_KEY ? text.substring(0, MAX_KEY) : text;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
