package nl.relay.accounts.signin;

import java.time.Duration;
import java.time.Instant;

/** One throttle count's rule: some free failures, then a wait that doubles with each further failure, up to a cap. */
record Backoff(int freeFailures, Duration firstDelay, Duration longestDelay) {

    /** The earliest moment the next attempt may be checked; {@link Instant#MIN} when it need not wait. */
    Instant nextAttemptFrom(RecentFailures.Count count) {
        if (count.failures() < freeFailures || count.latest() == null) {
            return Instant.MIN;
        }
        Duration delay = firstDelay;
        // Doubled step by step rather than by a power of two, so no setting can overflow the duration.
        for (long beyond = count.failures() - freeFailures; beyond > 0 && delay.compareTo(longestDelay) < 0; beyond--) {
            delay = delay.multipliedBy(2);
        }
        return count.latest().plus(delay.compareTo(longestDelay) > 0 ? longestDelay : delay);
    }
}
