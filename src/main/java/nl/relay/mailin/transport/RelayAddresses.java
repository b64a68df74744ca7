package nl.relay.mailin.transport;

import java.util.Locale;
import nl.relay.mailin.GatewayAddress;

/**
 * Which addresses Relay receives mail for: the {@link GatewayAddress gateway addresses} at relay.mail-in.domain, in
 * any case. Anything else at the domain does not exist; anything at another domain is not
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

    private final String domain;

    RelayAddresses(String domain) {
        this.domain = domain.trim().toLowerCase(Locale.ROOT);
    }

    Verdict of(String address) {
        if (GatewayAddress.of(address, domain).isPresent()) {
            return Verdict.OURS;
        }
        return GatewayAddress.atDomain(address, domain) ? Verdict.UNKNOWN : Verdict.ELSEWHERE;
    }

    /** Whether the address is post@ or group+…@, where the sender is who the trusted mail server says. */
    boolean needsTrustedPeer(String address) {
        return GatewayAddress.of(address, domain)
                .filter(a -> a instanceof GatewayAddress.Post || a instanceof GatewayAddress.ToGroup).isPresent();
    }

    /** The address as stored in inbound_mail.envelope_to: trimmed, lower-case. */
    static String stored(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
