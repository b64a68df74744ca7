package nl.relay.mailin.transport;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import nl.relay.mailin.transport.RelayAddresses.Verdict;
import org.junit.jupiter.api.Test;

/** Relay's addresses, what is unknown at its domain, and what is another domain's. */
class RelayAddressesTest {

    private final RelayAddresses addresses = new RelayAddresses(" Relay.Bureau.NL ");

    @Test
    void relaysOwnAddressesInAnyCase() {
        assertThat(addresses.of("post@relay.bureau.nl"), equalTo(Verdict.OURS));
        assertThat(addresses.of("POST@RELAY.BUREAU.NL"), equalTo(Verdict.OURS));
        assertThat(addresses.of("post+k3Yx9@relay.bureau.nl"), equalTo(Verdict.OURS));
        assertThat(addresses.of("group+sales-noord@relay.bureau.nl"), equalTo(Verdict.OURS));
        assertThat(addresses.of("group+12@relay.bureau.nl"), equalTo(Verdict.OURS));
        assertThat(addresses.of("reply+aGVsbG8.d29ybGQ_-=@relay.bureau.nl"), equalTo(Verdict.OURS));
    }

    @Test
    void otherLocalPartsDoNotExist() {
        assertThat(addresses.of("postmaster@relay.bureau.nl"), equalTo(Verdict.UNKNOWN));
        assertThat(addresses.of("post+@relay.bureau.nl"), equalTo(Verdict.UNKNOWN));
        assertThat(addresses.of("group@relay.bureau.nl"), equalTo(Verdict.UNKNOWN));
        assertThat(addresses.of("reply+a b@relay.bureau.nl"), equalTo(Verdict.UNKNOWN));
        assertThat(addresses.of("anna@relay.bureau.nl"), equalTo(Verdict.UNKNOWN));
    }

    @Test
    void otherDomainsAreNotRelays() {
        assertThat(addresses.of("post@bureau.nl"), equalTo(Verdict.ELSEWHERE));
        assertThat(addresses.of("post@x.relay.bureau.nl"), equalTo(Verdict.ELSEWHERE));
        assertThat(addresses.of("post@relay.bureau.nl.evil.test"), equalTo(Verdict.ELSEWHERE));
        assertThat(addresses.of("post"), equalTo(Verdict.ELSEWHERE));
        assertThat(addresses.of(""), equalTo(Verdict.ELSEWHERE));
        assertThat(addresses.of(null), equalTo(Verdict.ELSEWHERE));
    }
}
