package nl.relay.mailin.reply;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reply addresses for outbound mails: {@code reply+<token>@<relay.mail-in.domain>}, where the token is signed,
 * expires after {@code relay.mail-in.reply-token-ttl} (default 60 days) and names the recipient and the post the
 * mail is about (see {@link ReplySeal}). Without a mail-in domain there are no reply addresses. Reading a token
 * checks only its signature and expiry: a token of a since deactivated account, or of a post since removed, still
 * reads back, and the intake refuses it.
 */
@ApplicationScoped
public class ReplyTokens {

    /** The local part's prefix before the token. */
    public static final String PREFIX = "reply+";

    private final Optional<String> domain;
    private final ReplyKeys keys;
    private final Clock clock;
    private final Duration ttl;
    private volatile ReplySeal seal;

    ReplyTokens(@ConfigProperty(name = "relay.mail-in.domain") Optional<String> domain,
            @ConfigProperty(name = "relay.mail-in.reply-token-ttl", defaultValue = "P60D") Duration ttl,
            ReplyKeys keys, Clock clock) {
        this.domain = domain.map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty());
        this.ttl = ttl;
        this.keys = keys;
        this.clock = clock;
    }

    /** The address a reply to a mail about the post, by this account, goes to; empty when mail-in is off. */
    public Optional<String> addressFor(long accountId, long postId) {
        return domain.map(d -> PREFIX + seal().seal(new ReplyTarget(accountId, postId)) + "@" + d);
    }

    /**
     * Whom and which post the token (the part of the local part after {@code reply+}, in any case) stands for;
     * empty when it is forged, damaged, truncated or expired.
     */
    public Optional<ReplyTarget> read(String token) {
        return seal().open(token);
    }

    private ReplySeal seal() {
        ReplySeal current = seal;
        if (current == null) {
            current = new ReplySeal(keys.key(), clock, ttl);
            seal = current;
        }
        return current;
    }
}
