package nl.relay.accounts.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.accounts.sessions.SessionSignal;
import nl.relay.platform.errors.NotFound;

/**
 * A person revokes one of their tokens: it is refused from the next request on, and live streams opened with it
 * end (every instance hears of it through the session signal). Revoking a revoked token changes nothing.
 */
@ApplicationScoped
public class RevokeAccessToken {

    private final SessionSignal signal;
    private final Clock clock;

    RevokeAccessToken(SessionSignal signal, Clock clock) {
        this.signal = signal;
        this.clock = clock;
    }

    @Transactional
    public void revoke(long accountId, long tokenId) {
        PersonalAccessToken token = PersonalAccessToken.ownedBy(tokenId, accountId)
                .orElseThrow(() -> new NotFound("There is no such access token."));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            signal.changed(accountId);
        }
    }
}
