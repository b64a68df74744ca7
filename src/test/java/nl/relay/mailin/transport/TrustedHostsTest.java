package nl.relay.mailin.transport;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which peers count as the company's mail servers: addresses and CIDR ranges, IPv4 and IPv6, never names. */
class TrustedHostsTest {

    private final TrustedHosts trusted = new TrustedHosts(
            List.of("192.0.2.10", " 198.51.100.0/24 ", "2001:db8:abcd::/48", "10.1.0.0/17"));

    @Test
    void anAddressOrARangeIsTrusted() {
        assertThat(trusted.isTrusted("192.0.2.10"), equalTo(true));
        assertThat(trusted.isTrusted("192.0.2.11"), equalTo(false));
        assertThat(trusted.isTrusted("198.51.100.0"), equalTo(true));
        assertThat(trusted.isTrusted("198.51.100.255"), equalTo(true));
        assertThat(trusted.isTrusted("198.51.101.1"), equalTo(false));
        assertThat(trusted.isTrusted("10.1.127.255"), equalTo(true));
        assertThat(trusted.isTrusted("10.1.128.0"), equalTo(false));
    }

    @Test
    void ipv6RangesAndIpv4MappedAddresses() {
        assertThat(trusted.isTrusted("2001:db8:abcd:12::1"), equalTo(true));
        assertThat(trusted.isTrusted("2001:db8:abce::1"), equalTo(false));
        assertThat(trusted.isTrusted("[2001:DB8:ABCD::5]"), equalTo(true));
        assertThat(trusted.isTrusted("::ffff:192.0.2.10"), equalTo(true));
        assertThat("an IPv6 peer is no IPv4 range", trusted.isTrusted("::1"), equalTo(false));
    }

    @Test
    void theFormsAPeerIsReportedIn() {
        assertThat(trusted.isTrusted("/192.0.2.10"), equalTo(true));
        assertThat(trusted.isTrusted("fe80::1%eth0"), equalTo(false));
    }

    @Test
    void namesAndNothingAreNeverTrusted() {
        assertThat(trusted.isTrusted("localhost"), equalTo(false));
        assertThat(trusted.isTrusted("mail.bureau.nl"), equalTo(false));
        assertThat(trusted.isTrusted(""), equalTo(false));
        assertThat(trusted.isTrusted(null), equalTo(false));
        assertThat(new TrustedHosts(List.of()).isTrusted("192.0.2.10"), equalTo(false));
    }

    @Test
    void everythingWithPrefixZero() {
        assertThat(new TrustedHosts(List.of("0.0.0.0/0")).isTrusted("203.0.113.7"), equalTo(true));
    }

    @Test
    void aConfiguredNameOrBadPrefixFailsClearly() {
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> new TrustedHosts(List.of("mail.bureau.nl")));
        assertThat(name.getMessage(), containsString("names are not accepted"));
        assertThrows(IllegalArgumentException.class, () -> new TrustedHosts(List.of("192.0.2.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedHosts(List.of("192.0.2.0/x")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedHosts(List.of("2001:db8::/129")));
    }
}
