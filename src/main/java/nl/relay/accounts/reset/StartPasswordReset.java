package nl.relay.accounts.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.relay.accounts.Account;
import nl.relay.platform.outbox.Outbox;
import nl.relay.platform.outbox.OutboxHandler;
import org.jboss.logging.Logger;

/**
 * Outbox job: finds the accounts a reset request names (by username, or every account with that e-mail address),
 * and for each local one (a password of its own, active, not pseudonymised) under its mail limit makes a new link
 * and queues its mail. The new link replaces the account's older ones. Anything else ends here, without a mail
 * and without a trace in the answer the requester already had.
 */
@ApplicationScoped
class StartPasswordReset implements OutboxHandler<PasswordResetRequested> {

    private static final Logger LOG = Logger.getLogger(StartPasswordReset.class);
    /** The most accounts one address can name; a shared mailbox rarely has more than a couple. */
    private static final int MOST_ACCOUNTS = 10;
    private static final byte[] NOT_YET = new byte[32];

    private final PasswordResetConfig config;
    private final ResetTokens tokens;
    private final Outbox outbox;

    StartPasswordReset(PasswordResetConfig config, ResetTokens tokens, Outbox outbox) {
        this.config = config;
        this.tokens = tokens;
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "password-reset.start";
    }

    @Override
    public Class<PasswordResetRequested> takes() {
        return PasswordResetRequested.class;
    }

    @Override
    public void handle(PasswordResetRequested request) {
        for (Account account : named(request.usernameOrEmail())) {
            Account locked = Account.<Account>find("id", account.id).withLock(LockModeType.PESSIMISTIC_WRITE)
                    .firstResult();
            if (locked != null && isLocal(locked) && underMailLimit(locked, request.requestedAt())) {
                PasswordReset reset = newLink(locked, request);
                outbox.send(new PasswordResetLinkDue(reset.id,
                        locked.language != null ? locked.language : request.language()));
                LOG.infof("Password reset: link %d made for account %d", reset.id, locked.id);
            }
        }
    }

    private static List<Account> named(String usernameOrEmail) {
        String text = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.contains("@")) {
            return Account.<Account>find("lower(email) = ?1 order by id", text.toLowerCase(Locale.ROOT))
                    .page(0, MOST_ACCOUNTS).list();
        }
        return Account.findByUsername(text).stream().toList();
    }

    /** An account that signs in with a password Relay keeps, and can still sign in. */
    private static boolean isLocal(Account account) {
        return account.passwordHash != null && account.active && !account.isPseudonymised() && account.email != null
                && !account.email.isBlank();
    }

    private boolean underMailLimit(Account account, Instant requestedAt) {
        return PasswordReset.madeSince(account.id, requestedAt.minus(config.mailWindow())) < config.mailsPerAccount();
    }

    private PasswordReset newLink(Account account, PasswordResetRequested request) {
        PasswordReset reset = new PasswordReset();
        reset.accountId = account.id;
        reset.createdAt = request.requestedAt();
        // Whole seconds: the token carries the expiry as epoch seconds and must match the row's.
        reset.expiresAt = request.requestedAt().plus(config.lifetime()).truncatedTo(ChronoUnit.SECONDS);
        reset.requestedFrom = request.address();
        reset.tokenHash = NOT_YET;
        reset.persistAndFlush();
        reset.tokenHash = ResetTokens.hash(tokens.tokenOf(reset.id, account.id, reset.expiresAt,
                account.passwordHash));
        return reset;
    }
}
