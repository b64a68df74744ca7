package nl.relay.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for background work (the outbox, a live stream) to show its result, at most 45 seconds: longer than a mail
 * send that hangs until its 30 s timeout and is retried (2 s later in the tests), which happens now and then on a
 * loaded machine. It returns as soon as the condition holds, so waiting longer costs nothing when all is well.
 */
public final class Wait {

    private Wait() {
    }

    public static void until(BooleanSupplier condition) {
        until(condition, Duration.ofSeconds(45));
    }

    /** For work that waits on purpose (a retry's backoff): at most {@code longest}. */
    public static void until(BooleanSupplier condition, Duration longest) {
        long deadline = System.nanoTime() + longest.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + longest.toSeconds() + " s in vain");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }
}
