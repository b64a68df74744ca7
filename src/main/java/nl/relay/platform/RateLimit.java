package nl.relay.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How often one caller may do something, counted in PostgreSQL so the limit holds across every instance:
 * each key (an action and who does it) gets a fixed number of hits per window, and the hit over the limit
 * is refused with 429 and the time until the window ends.
 */
@ApplicationScoped
public class RateLimit {

    private final EntityManager entityManager;
    private final Clock clock;

    RateLimit(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Counts a hit on the key, or refuses it when the current window already had {@code limit}. */
    public void take(String key, int limit, Duration window) {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        // Committed on its own: a refused or failed request still counts, and every instance sees it at once.
        int hits = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                insert into rate_limit (key, window_start, hits) values (?1, ?2, 1)
                on conflict (key, window_start) do update set hits = rate_limit.hits + 1
                returning hits""").setParameter(1, key).setParameter(2, Timestamp.from(start))
                .getSingleResult()).intValue());
        if (hits > limit) {
            Duration wait = Duration.between(now, start.plus(window));
            throw new TooManyRequests("Too many requests; try again in " + Math.max(1, wait.toSeconds())
                    + " seconds.", wait.plusSeconds(1));
        }
    }

    /** Windows older than a day are over for every limit Relay has. */
    @Scheduled(every = "1h", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
    void forgetOldWindows() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from rate_limit where window_start < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(Duration.ofDays(2)))).executeUpdate());
    }
}
