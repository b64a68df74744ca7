package nl.relay.accounts;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Hourly: drops revocations of tokens that have expired anyway, and failed sign-ins older than the throttle window. */
@ApplicationScoped
class ForgetExpiredSessionsJob {

    private final RevokeToken revokeToken;
    private final LoginThrottle throttle;
    private final Clock clock;

    ForgetExpiredSessionsJob(RevokeToken revokeToken, LoginThrottle throttle, Clock clock) {
        this.revokeToken = revokeToken;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Instant now = clock.instant();
        // Keep revocations a little past expiry: verification allows some clock skew.
        revokeToken.forgetExpired(now.minus(Duration.ofMinutes(5)));
        throttle.forgetOlderThan(now.minus(throttle.window()));
    }
}
