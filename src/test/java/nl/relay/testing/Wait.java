package nl.relay.testing;

import java.util.function.BooleanSupplier;

/** Waits for background work (the outbox, a live stream) to show its result, at most ten seconds. */
public final class Wait {

    private Wait() {
    }

    public static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited 10 s in vain");
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
