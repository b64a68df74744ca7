package nl.relay.accounts.reset;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Locale;
import nl.relay.accounts.Account;
import nl.relay.notifications.mail.Letter;
import nl.relay.notifications.mail.MailLinks;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailSender;
import nl.relay.platform.outbox.OutboxHandler;

/**
 * Outbox job: mails a reset link to its account's address, on Relay's public address, in the account's language.
 * The link is made again from its row ({@link ResetTokens}), so a retry after the mail server was down sends the
 * same link under the same Message-ID. A link that can no longer be used (replaced, used, expired, the password
 * changed, the account no longer local) is not mailed. The mail is about no post: it carries no Reply-To.
 */
@ApplicationScoped
class MailPasswordResetLink implements OutboxHandler<PasswordResetLinkDue> {

    private final MailSender mailer;
    private final MailLinks links;
    private final ResetTokens tokens;
    private final PasswordResetConfig config;
    private final Clock clock;

    MailPasswordResetLink(MailSender mailer, MailLinks links, ResetTokens tokens, PasswordResetConfig config,
            Clock clock) {
        this.mailer = mailer;
        this.links = links;
        this.tokens = tokens;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "password-reset.mail";
    }

    @Override
    public Class<PasswordResetLinkDue> takes() {
        return PasswordResetLinkDue.class;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    public void handle(PasswordResetLinkDue due) {
        PasswordReset reset = PasswordReset.findById(due.resetId());
        if (reset == null || reset.usedAt != null || reset.isExpiredAt(clock.instant()) || reset.isReplaced()) {
            return;
        }
        Account account = Account.findById(reset.accountId);
        if (account == null || account.passwordHash == null || !account.active || account.isPseudonymised()) {
            return;
        }
        String token = tokens.tokenOf(reset.id, account.id, reset.expiresAt, account.passwordHash);
        if (!MessageDigest.isEqual(ResetTokens.hash(token), reset.tokenHash)) {
            return; // the password changed since the link was made: it could not be used
        }
        ResetMail content = new ResetMail(account.displayName, account.username,
                links.to("/password-reset/new?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
                config.lifetime().toMinutes());
        MailRecipient to = new MailRecipient(account.email, account.displayName,
                Locale.forLanguageTag(due.language() == null ? "nl" : due.language()));
        mailer.send(new Letter(to, ResetMailTemplates.passwordResetSubject(content),
                ResetMailTemplates.passwordResetHtml(content), ResetMailTemplates.passwordResetText(content),
                "password-reset-" + reset.id, Letter.About.account(account.id)));
    }
}
