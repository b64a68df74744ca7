package nl.relay.mailin.transport;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a connecting mail server is one of the company's own (relay.mail-in.trusted-hosts): IP addresses and
 * CIDR ranges, IPv4 and IPv6. Only literal addresses are read, never names, so no DNS lookup decides trust. Read
 * at startup, so a wrong entry stops Relay from starting instead of failing the first mail.
 */
@Startup
@ApplicationScoped
public class TrustedHosts {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    @Inject
    TrustedHosts(MailInConfig config) {
        this(config.trustedHosts().orElse(List.of()));
    }

    /** For the given entries (an address or a CIDR range each); fails on one that is neither. */
    public TrustedHosts(List<String> entries) {
        this.ranges = entries.stream().map(String::trim).filter(entry -> !entry.isEmpty()).map(Range::parse)
                .toList();
    }

    /** True when the peer's address (as SubEthaSMTP or a proxy reports it: "192.0.2.1", "/192.0.2.1") is trusted. */
    public boolean isTrusted(String peerAddress) {
        if (peerAddress == null || ranges.isEmpty()) {
            return false;
        }
        String literal = peerAddress.trim();
        if (literal.startsWith("/")) {
            literal = literal.substring(1);
        }
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        byte[] address = literalBytes(literal);
        if (address == null) {
            return false;
        }
        byte[] peer = address;
        return ranges.stream().anyMatch(range -> range.contains(peer));
    }

    /** The bytes of a literal IP address (an IPv4-mapped IPv6 address as IPv4), or null for anything else. */
    private static byte[] literalBytes(String literal) {
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address and how many leading bits of it a peer must share. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String literal = slash < 0 ? entry : entry.substring(0, slash);
            byte[] network = literalBytes(literal);
            if (network == null) {
                throw new IllegalArgumentException("relay.mail-in.trusted-hosts: '" + entry
                        + "' is not an IP address or CIDR range (names are not accepted)");
            }
            int bits = network.length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("relay.mail-in.trusted-hosts: '" + entry
                        + "' has a prefix length outside 0.." + bits);
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] peer) {
            if (peer.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            if (prefix == 0) {
                return true;
            }
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            return new BigInteger(1, peer).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
