package nl.relay.accounts.sessions;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.relay.accounts.signin.LoginThrottle;

/**
 * Hourly: drops revocations of tokens that have expired anyway, failed sign-ins that no longer count, and
 * addresses no longer familiar to their account.
 */
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
        throttle.forgetOld(now);
    }
}
