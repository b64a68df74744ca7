package nl.relay.accounts;

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
 */
@ApplicationScoped
class LoginThrottle {

    private final EntityManager entityManager;
    private final AuthConfig.Throttle config;
    private final Clock clock;

    LoginThrottle(EntityManager entityManager, AuthConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config.throttle();
        this.clock = clock;
    }

    @Transactional
    void check(String username, String address) {
        Instant since = clock.instant().minus(config.window());
        Instant blockedUntil = latest(
                blockedUntil("username", username, config.maxFailuresPerAccount(), since),
                blockedUntil("address", address, config.maxFailuresPerAddress(), since));
        if (blockedUntil != null) {
            Duration wait = Duration.between(clock.instant(), blockedUntil);
            throw new TooManyRequests("Too many failed sign-ins. Try again later.", wait);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordFailure(String username, String address) {
        entityManager.createNativeQuery("insert into login_failure (username, address, failed_at) values (?1, ?2, ?3)")
                .setParameter(1, username)
                .setParameter(2, address)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    @Transactional
    void forgetFailures(String username) {
        entityManager.createNativeQuery("delete from login_failure where username = ?1")
                .setParameter(1, username)
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

    /** When the failures of this key fall back under the limit, or null when they are under it now. */
    private Instant blockedUntil(String column, String key, int limit, Instant since) {
        // The limit-th newest failure leaves the window first among those that keep the key blocked.
        Object oldestBlocking = entityManager.createNativeQuery("select failed_at from login_failure where "
                + column + " = ?1 and failed_at > ?2 order by failed_at desc offset ?3 limit 1")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(since))
                .setParameter(3, limit - 1)
                .getResultStream().findFirst().orElse(null);
        if (oldestBlocking == null) {
            return null;
        }
        return SqlValues.instant(oldestBlocking).plus(config.window());
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
