package nl.relay.accounts.signin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.relay.accounts.Account;
import nl.relay.accounts.sessions.AuthConfig;
import nl.relay.platform.errors.TooManyRequests;

/**
 * Slows down password guessing without handing a guesser a lockout. Failures are counted per username and
 * address together, per address and per username; beyond each count's free failures the next attempt waits,
 * twice as long after every further failure. An address the account signed in from lately is held back only
 * by its own failures, so guesses elsewhere, or by others behind the same address, never keep the owner out.
 * Kept in PostgreSQL so every instance counts the same failures.
 * <p>
 * An attempt is recorded as a failure before the password is checked, and only cleared when it succeeds,
 * so parallel guesses cannot all slip under the limit.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Longer keys are cut: a username or address is never that long, and the index must hold it. */
    private static final int MAX_KEY = 100;

    private final EntityManager entityManager;
    private final AuthConfig.Throttle config;
    private final Clock clock;
    private final Backoff perPair;
    private final Backoff perAddress;
    private final Backoff perAccount;

    LoginThrottle(EntityManager entityManager, AuthConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config.throttle();
        this.clock = clock;
        this.perPair = backoff(this.config.freeFailuresPerPair());
        this.perAddress = backoff(this.config.freeFailuresPerAddress());
        this.perAccount = backoff(this.config.freeFailuresPerAccount());
    }

    /**
     * Records an attempt and lets it through, or refuses it with 429 while it has to wait (the refused attempt
     * is not counted, so hammering does not make the wait longer).
     */
    public void admit(String username, String address) {
        String user = key(username);
        String from = key(address);
        // PostgreSQL keeps microseconds; a finer now would not match the failure it just wrote.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Committed before counting, so parallel attempts see each other.
        long attempt = QuarkusTransaction.requiringNew().call(() -> record(user, from, now));
        RecentFailures failures = QuarkusTransaction.requiringNew().call(() -> RecentFailures.besides(
                entityManager, attempt, user, from, now.minus(config.window()), now.minus(config.familiarFor())));
        Instant checkedFrom = checkedFrom(failures);
        if (checkedFrom.isAfter(now)) {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("delete from login_failure where id = ?1").setParameter(1, attempt)
                    .executeUpdate());
            throw new TooManyRequests("Too many failed sign-ins. Try again later.",
                    wholeSeconds(Duration.between(now, checkedFrom)));
        }
    }

    /** The attempt succeeded: this address's failures for the account are forgotten, and the address is familiar. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(Account account, String address) {
        String from = key(address);
        entityManager.createNativeQuery("delete from login_failure where username = ?1 and address = ?2")
                .setParameter(1, key(account.username))
                .setParameter(2, from)
                .executeUpdate();
        entityManager.createNativeQuery("""
                insert into familiar_address (account_id, address, signed_in_at) values (?1, ?2, ?3)
                on conflict (account_id, address) do update set signed_in_at = excluded.signed_in_at
                """)
                .setParameter(1, account.id)
                .setParameter(2, from)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** Forgets failures that no longer count and addresses that are no longer familiar. */
    @Transactional
    public void forgetOld(Instant now) {
        entityManager.createNativeQuery("delete from login_failure where failed_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(config.window())))
                .executeUpdate();
        entityManager.createNativeQuery("delete from familiar_address where signed_in_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(config.familiarFor())))
                .executeUpdate();
    }

    private long record(String username, String address, Instant at) {
        return ((Number) entityManager.createNativeQuery(
                "insert into login_failure (username, address, failed_at) values (?1, ?2, ?3) returning id")
                .setParameter(1, username)
                .setParameter(2, address)
                .setParameter(3, Timestamp.from(at))
                .getSingleResult()).longValue();
    }

    private Instant checkedFrom(RecentFailures failures) {
        Instant pair = perPair.nextAttemptFrom(failures.pair());
        if (failures.familiar()) {
            // The account signed in from here lately: failures by others, here or elsewhere, say nothing
            // about this attempt, and holding it back would hand them a lockout.
            return pair;
        }
        return latest(pair, latest(perAddress.nextAttemptFrom(failures.address()),
                perAccount.nextAttemptFrom(failures.account())));
    }

    private Backoff backoff(int freeFailures) {
        return new Backoff(freeFailures, config.firstDelay(), config.longestDelay());
    }

    /** Rounded up, so a client that waits as long as Retry-After says is not refused again. */
    private static Duration wholeSeconds(Duration wait) {
        return Duration.ofSeconds(wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }

    private static String key(String value) {
        String text = value == null ? "" : value;
        return text.length() > MAX_KEY ? text.substring(0, MAX_KEY) : text;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
