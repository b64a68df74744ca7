package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.mailin.GatewayAddress;
import nl.relay.mailin.reading.AuthenticationResults;
import nl.relay.mailin.reading.ReadMail;
import nl.relay.mailin.reply.ReplyTarget;
import nl.relay.mailin.reply.ReplyTokens;
import nl.relay.mailin.transport.InboundMail;
import nl.relay.mailin.transport.MailInConfig;
import nl.relay.mailin.transport.TrustedHosts;
import nl.relay.platform.database.NativeSql;

/**
 * Who a mail is from, never on the From header alone: at post@ and group+…@ the mail must have come through the
 * company's trusted mail server (and carry its passing Authentication-Results when an authserv-id is set); at
 * post+<secret>@ the secret names the sender; at reply+<token>@ the token names them and the From must be the
 * address the notification went to.
 */
@ApplicationScoped
class IdentifySender {

    private final EntityManager entityManager;
    private final MailInConfig config;
    private final TrustedHosts trustedHosts;
    private final MailSecrets secrets;
    private final ReplyTokens tokens;

    IdentifySender(EntityManager entityManager, MailInConfig config, TrustedHosts trustedHosts, MailSecrets secrets,
            ReplyTokens tokens) {
        this.entityManager = entityManager;
        this.config = config;
        this.trustedHosts = trustedHosts;
        this.secrets = secrets;
        this.tokens = tokens;
    }

    /** The sender, or why the mail cannot be taken as theirs; for a reply, also the post it answers. */
    record Identity(Optional<Sender> sender, Refusal refusal, Long inReplyTo) {

        static Identity of(Sender sender) {
            return new Identity(Optional.of(sender), null, null);
        }

        static Identity refused(Refusal refusal) {
            return new Identity(Optional.empty(), refusal, null);
        }
    }

    Identity identify(InboundMail mail, ReadMail read, GatewayAddress address) {
        String from = read.from().address();
        return switch (address) {
            case GatewayAddress.Post p -> byTrustedServer(mail, read);
            case GatewayAddress.ToGroup g -> byTrustedServer(mail, read);
            case GatewayAddress.SecretPost s -> bySecret(s.secret(), from);
            case GatewayAddress.Reply r -> byToken(r.token(), from);
        };
    }

    /**
     * The person whose address the From header gives, when a trusted server vouches for that header: it came from
     * a trusted host (and passed that server's authentication, with an authserv-id set). A mail fetched by IMAP has
     * no host to trust: the mailbox takes mail from anyone, so only a passing Authentication-Results of the
     * configured server vouches for it (without one, IMAP takes only secret and reply addresses).
     */
    private Identity byTrustedServer(InboundMail mail, ReadMail read) {
        boolean imap = "imap".equals(mail.via());
        boolean trusted = imap ? config.authservId().isPresent() : trustedHosts.isTrusted(mail.peerAddress());
        if (trusted && config.authservId().isPresent()) {
            trusted = AuthenticationResults.passes(read.authenticationResults(), config.authservId().get(),
                    domainOf(read.from().address()));
        }
        Optional<Sender> sender = byAddress(read.from().address());
        if (!trusted) {
            return Identity.refused(sender.isPresent() ? Refusal.UNTRUSTED_SENDER : Refusal.UNKNOWN_SENDER);
        }
        return sender.map(Identity::of).orElse(Identity.refused(Refusal.UNKNOWN_SENDER));
    }

    /**
     * The secret's owner. The secret decides wherever the mail comes from, but not for a mail from a colleague's
     * address: a secret address that ended up in To or Cc would otherwise turn their reply-all into a post by the
     * owner.
     */
    private Identity bySecret(String secret, String from) {
        Optional<Sender> owner = secrets.ownerOf(secret).flatMap(this::activeAccount);
        if (owner.isEmpty()) {
            return Identity.refused(Refusal.UNKNOWN_SECRET);
        }
        if (!owner.get().email().equalsIgnoreCase(from)
                && byAddress(from).filter(other -> other.accountId() != owner.get().accountId()).isPresent()) {
            return Identity.refused(Refusal.NOT_SECRET_OWNER);
        }
        return Identity.of(owner.get());
    }

    /** The token's owner, if the reply comes from the address the notification went to. */
    private Identity byToken(String token, String from) {
        Optional<ReplyTarget> target = tokens.read(token);
        if (target.isEmpty()) {
            return Identity.refused(Refusal.UNKNOWN_TOKEN);
        }
        Optional<Sender> owner = activeAccount(target.get().accountId());
        if (owner.isEmpty()) {
            return Identity.refused(Refusal.UNKNOWN_SENDER);
        }
        if (!owner.get().email().equalsIgnoreCase(from)) {
            return Identity.refused(Refusal.NOT_TOKEN_OWNER);
        }
        return new Identity(owner, null, target.get().postId());
    }

    /** The one active account with this address; none when no account or several share it. */
    Optional<Sender> byAddress(String address) {
        List<Sender> found = NativeSql.select(entityManager, """
                select id, username, email, language from account
                where lower(email) = lower(:address) and active limit 2""")
                .bind("address", address).list(IdentifySender::sender);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private Optional<Sender> activeAccount(long accountId) {
        return NativeSql.select(entityManager, "select id, username, email, language from account "
                + "where id = :id and active").bind("id", accountId).first(IdentifySender::sender);
    }

    private static Sender sender(nl.relay.platform.database.Row row) {
        return new Sender(row.longValue("id"), row.text("username"), row.text("email"), row.text("language"));
    }

    private static String domainOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1);
    }
}
