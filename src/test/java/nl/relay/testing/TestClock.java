package nl.relay.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Relay's clock in tests: real time, unless a test stops it to move it on by hand, so waiting out a delay
 * never needs a sleep. A test that stops it resumes it afterwards; other tests see real time.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant stoppedAt;

    /** Time stands still from now until {@link #advance} or {@link #resume}. */
    public void stop() {
        stoppedAt = Instant.now();
    }

    public void advance(Duration duration) {
        if (stoppedAt == null) {
            throw new IllegalStateException("Stop the clock before moving it on");
        }
        stoppedAt = stoppedAt.plus(duration);
    }

    public void resume() {
        stoppedAt = null;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped == null ? Instant.now() : stopped;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant stopped = stoppedAt;
        return stopped == null ? Clock.system(zone) : Clock.fixed(stopped, zone);
    }
}
