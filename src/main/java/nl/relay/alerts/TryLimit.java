package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.relay.platform.TooManyRequests;

/**
 * How often one person may try a query: each try analyses up to 2,000 recent posts, so a script trying in
 * a loop would take a core. Per instance, in memory: enough to keep one account from hogging it.
 */
@ApplicationScoped
class TryLimit {

    static final int PER_MINUTE = 30;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<Long, Deque<Long>> tries = new ConcurrentHashMap<>();
    private final Clock clock;

    TryLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts a try, or refuses it with a 429 when the last minute had {@value #PER_MINUTE} already. */
    void take(long accountId) {
        long now = clock.millis();
        Deque<Long> recent = tries.computeIfAbsent(accountId, id -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst() <= now - WINDOW.toMillis()) {
                recent.pollFirst();
            }
            if (recent.size() >= PER_MINUTE) {
                throw new TooManyRequests("Too many tries in a minute; wait a little.",
                        Duration.ofMillis(recent.peekFirst() + WINDOW.toMillis() - now).plusSeconds(1));
            }
            recent.addLast(now);
        }
    }
}
