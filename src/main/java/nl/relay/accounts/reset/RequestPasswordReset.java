package nl.relay.accounts.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import nl.relay.platform.RateLimit;
import nl.relay.platform.outbox.Outbox;
import nl.relay.platform.text.ControlCharacters;

/**
 * Someone asks for a reset link. The answer is the same whether or not an account is named: this counts the
 * request against the client address's limit (429 beyond it, which says nothing about any account) and records it
 * in the outbox, one row either way, without looking anything up. {@link StartPasswordReset} does the rest.
 */
@ApplicationScoped
public class RequestPasswordReset {

    /** Longer than any username or e-mail address; longer text is cut, not refused, so it answers the same. */
    private static final int LONGEST = 320;

    private final LocalPasswordsOnly localPasswords;
    private final RateLimit rateLimit;
    private final Outbox outbox;
    private final PasswordResetConfig config;
    private final Clock clock;

    RequestPasswordReset(LocalPasswordsOnly localPasswords, RateLimit rateLimit, Outbox outbox,
            PasswordResetConfig config, Clock clock) {
        this.localPasswords = localPasswords;
        this.rateLimit = rateLimit;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Records the request from this address, to be answered in this language ("nl" or "en") if need be. */
    @Transactional
    public void request(String usernameOrEmail, String address, String language) {
        localPasswords.require();
        rateLimit.take("password-reset:" + address, new RateLimit.Window(config.requestsPerAddress(),
                Duration.ofHours(1)));
        String text = ControlCharacters.clean(usernameOrEmail);
        String named = text == null ? "" : text.strip();
        outbox.send(new PasswordResetRequested(named.length() > LONGEST ? named.substring(0, LONGEST) : named,
                address, language, clock.instant()));
    }
}
