package nl.relay.accounts.reset;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Hourly: forgets reset links that expired longer ago than {@code relay.password-reset.keep-expired}, with the
 * addresses that asked for them. Until then a late click still hears "expired" rather than "not a link".
 */
@ApplicationScoped
class ForgetOldPasswordResetsJob {

    private final PasswordResetConfig config;
    private final Clock clock;

    ForgetOldPasswordResetsJob(PasswordResetConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void run() {
        PasswordReset.delete("expiresAt < ?1", clock.instant().minus(config.keepExpired()));
    }
}
