package nl.relay.mailin.transport;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which addresses Relay receives mail for: post, post+&lt;secret&gt;, group+&lt;group&gt; and reply+&lt;token&gt; at
 * relay.mail-in.domain, in any case. Anything else at the domain does not exist; anything at another domain is not
 * Relay's to take (no open relay).
 */
final class RelayAddresses {

    /** What an address is to Relay. */
    enum Verdict {
        /** One of Relay's addresses: the mail is taken. */
        OURS,
        /** At Relay's domain, but no such address. */
        UNKNOWN,
        /** At another domain: relaying is denied. */
        ELSEWHERE
    }

    /** The local parts Relay answers to; the part after + is the intake's to read (a secret, a group, a token). */
    private static final Pattern LOCAL_PART = Pattern.compile("post|(post|group|reply)\\+[a-z0-9._=-]{1,200}",
            Pattern.CASE_INSENSITIVE);

    private final String domain;

    RelayAddresses(String domain) {
        this.domain = domain.trim().toLowerCase(Locale.ROOT);
    }

    Verdict of(String address) {
        if (address == null) {
            return Verdict.ELSEWHERE;
        }
        String trimmed = address.trim();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || !trimmed.substring(at + 1).toLowerCase(Locale.ROOT).equals(domain)) {
            return Verdict.ELSEWHERE;
        }
        return LOCAL_PART.matcher(trimmed.substring(0, at)).matches() ? Verdict.OURS : Verdict.UNKNOWN;
    }

    /** The address as stored in inbound_mail.envelope_to: trimmed, lower-case. */
    static String stored(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
