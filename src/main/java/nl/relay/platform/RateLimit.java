package nl.relay.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.platform.errors.TooManyRequests;

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

    /** A limit: at most {@code hits} in each fixed window of this length. */
    public record Window(int hits, Duration length) {
    }

    /**
     * Counts a hit on the key in each window (one statement, one commit, however many windows), or refuses it
     * with 429 when one of them already had its limit; Retry-After says when that window ends.
     */
    public void take(String key, Window... windows) {
        Instant now = clock.instant();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < windows.length; i++) {
            rows.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 1).append(", ?").append(2 * i + 2)
                    .append(", 1)");
        }
        // Committed on its own: a refused or failed request still counts, and every instance sees it at once.
        @SuppressWarnings("unchecked")
        List<Tuple> counted = QuarkusTransaction.requiringNew().call(() -> {
            var insert = entityManager.createNativeQuery("insert into rate_limit (key, window_start, hits) values "
                    + rows + " on conflict (key, window_start) do update set hits = rate_limit.hits + 1 "
                    + "returning key, hits", Tuple.class);
            for (int i = 0; i < windows.length; i++) {
                insert.setParameter(2 * i + 1, key + "@" + windows[i].length());
                insert.setParameter(2 * i + 2, Timestamp.from(start(now, windows[i])));
            }
            return insert.getResultList();
        });
        Map<String, Integer> hits = counted.stream().collect(Collectors.toMap(row -> (String) row.get("key"),
                row -> ((Number) row.get("hits")).intValue()));
        for (int i = 0; i < windows.length; i++) {
            if (hits.get(key + "@" + windows[i].length()) > windows[i].hits()) {
                Duration wait = Duration.between(now, start(now, windows[i]).plus(windows[i].length()));
                throw new TooManyRequests("Too many requests; try again in " + Math.max(1, wait.toSeconds())
                        + " seconds.", wait.plusSeconds(1));
            }
        }
    }

    private static Instant start(Instant now, Window window) {
        long length = window.length().toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / length * length);
    }

    /** Windows older than a day are over for every limit Relay has. */
    @Scheduled(every = "1h", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
    void forgetOldWindows() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from rate_limit where window_start < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(Duration.ofDays(2)))).executeUpdate());
    }
}
