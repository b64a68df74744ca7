package nl.relay.mailin;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses Relay takes mail at, all at the mail-in domain: {@code post@} (a post by the sender),
 * {@code post+<secret>@} (the same, from anywhere: the secret says who), {@code group+<id-or-slug>@} (a post in
 * that group) and {@code reply+<token>@} (a reply in the thread the token names). Local parts are compared
 * without regard to case, as mail servers do.
 */
public sealed interface GatewayAddress {

    /** {@code post@}: the sender is who the trusted mail server says sent it. */
    record Post() implements GatewayAddress {
    }

    /** {@code post+<secret>@}: the sender is the owner of the secret. */
    record SecretPost(String secret) implements GatewayAddress {
    }

    /** {@code group+<key>@}: a post in the group with this id or slug. */
    record ToGroup(String key) implements GatewayAddress {
    }

    /** {@code reply+<token>@}: a reply under the post the token names. */
    record Reply(String token) implements GatewayAddress {
    }

    Pattern LOCAL_PART = Pattern.compile("(post|group|reply)(?:\\+([a-z0-9._=-]{1,200}))?");

    /** The gateway address this is, if it is one at {@code domain}. */
    static Optional<GatewayAddress> of(String address, String domain) {
        if (address == null || domain == null) {
            return Optional.empty();
        }
        String lower = address.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at <= 0 || !lower.substring(at + 1).equals(domain.strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Matcher matcher = LOCAL_PART.matcher(lower.substring(0, at));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String detail = matcher.group(2);
        return Optional.ofNullable(switch (matcher.group(1)) {
            case "post" -> detail == null ? new Post() : new SecretPost(detail);
            case "group" -> detail == null ? null : new ToGroup(detail);
            default -> detail == null ? null : new Reply(detail);
        });
    }

    /** Whether the address is at {@code domain} at all (a gateway address or not). */
    static boolean atDomain(String address, String domain) {
        if (address == null || domain == null) {
            return false;
        }
        String lower = address.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("@" + domain.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Which of several addresses a mail sent to all of them is taken at: a reply first (it names its thread),
     * then a group, then a secret address, then plain post@.
     */
    default int precedence() {
        return switch (this) {
            case Reply r -> 0;
            case ToGroup g -> 1;
            case SecretPost s -> 2;
            case Post p -> 3;
        };
    }
}
