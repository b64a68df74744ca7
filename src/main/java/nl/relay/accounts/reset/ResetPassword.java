package nl.relay.accounts.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.relay.accounts.Account;
import nl.relay.accounts.Passwords;
import nl.relay.accounts.sessions.SessionSignal;
import nl.relay.platform.RateLimit;
import nl.relay.platform.errors.InvalidInput;
import org.jboss.logging.Logger;

/**
 * Sets a new password with a reset link, once: the link must be one Relay made and still usable, and the password
 * must pass the rules every password passes (422 otherwise, and the link stays usable). It ends every session of
 * the account, on every instance and in every open live stream, as deactivation does.
 */
@ApplicationScoped
public class ResetPassword {

    private static final Logger LOG = Logger.getLogger(ResetPassword.class);

    private final ResetTokens tokens;
    private final SessionSignal signal;
    private final RateLimit rateLimit;
    private final LocalPasswordsOnly localPasswords;
    private final PasswordResetConfig config;
    private final Clock clock;

    ResetPassword(ResetTokens tokens, SessionSignal signal, RateLimit rateLimit, LocalPasswordsOnly localPasswords,
            PasswordResetConfig config, Clock clock) {
        this.tokens = tokens;
        this.signal = signal;
        this.rateLimit = rateLimit;
        this.localPasswords = localPasswords;
        this.config = config;
        this.clock = clock;
    }

    /** The username a link resets, for the page that asks for the new password; refused as {@link #reset} would. */
    @Transactional
    public String check(String token, String address) {
        localPasswords.require();
        countAttempt(address);
        return usable(token, false).account().username;
    }

    /** Sets the new password, uses the link up and ends the account's sessions. */
    @Transactional
    public void reset(String token, String newPassword, String address) {
        localPasswords.require();
        countAttempt(address);
        Usable link = usable(token, true);
        Passwords.problemWith(newPassword).ifPresent(problem -> {
            throw new InvalidInput("newPassword", problem);
        });
        Account account = link.account();
        account.passwordHash = Passwords.hash(newPassword);
        account.sessionVersion++;
        link.reset().usedAt = clock.instant();
        signal.changed(account.id);
        LOG.infof("Password reset: link %d set a new password for account %d", link.reset().id, account.id);
    }

    private record Usable(PasswordReset reset, Account account) {
    }

    private void countAttempt(String address) {
        rateLimit.take("password-reset-confirm:" + address, new RateLimit.Window(config.confirmationsPerAddress(),
                Duration.ofHours(1)));
    }

    /** The link and its account, locked when it is to be used; else refused, and nothing changes. */
    private Usable usable(String token, boolean lock) {
        ResetTokens.Claim claim = ResetTokens.read(token)
                .orElseThrow(() -> new LinkRefused(LinkRefused.Why.NOT_A_LINK));
        Instant now = clock.instant();
        PasswordReset reset = lock
                ? PasswordReset.lockedById(claim.resetId()).orElse(null)
                : PasswordReset.findById(claim.resetId());
        if (reset == null) {
            // Forgotten long after it expired, or never made.
            throw new LinkRefused(claim.expiresAt().isAfter(now) ? LinkRefused.Why.NOT_A_LINK : LinkRefused.Why.OVER);
        }
        Account account = lock
                ? Account.<Account>find("id", reset.accountId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                : Account.findById(reset.accountId);
        boolean issued = MessageDigest.isEqual(ResetTokens.hash(claim.token()), reset.tokenHash);
        if (!issued) {
            throw new LinkRefused(LinkRefused.Why.NOT_A_LINK);
        }
        boolean stillSigned = account != null && ResetTokens.same(claim.token(),
                tokens.tokenOf(reset.id, account.id, reset.expiresAt, account.passwordHash));
        if (!stillSigned || reset.usedAt != null || reset.isExpiredAt(now) || reset.isReplaced() || !account.active
                || account.isPseudonymised() || account.passwordHash == null) {
            throw new LinkRefused(LinkRefused.Why.OVER);
        }
        return new Usable(reset, account);
    }
}
