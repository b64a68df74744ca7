package nl.relay.mailin.reading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the trusted server's own Authentication-Results vouch for a sender's domain. */
class AuthenticationResultsTest {

    private static final String SERVER = "mx.relay.test";

    private static boolean passes(String... headers) {
        return AuthenticationResults.passes(List.of(headers), SERVER, "bureau.nl");
    }

    @Test
    void aPassingDmarcVerdictOfTheTrustedServerPasses() {
        assertTrue(passes("mx.relay.test; dkim=pass header.d=bureau.nl; spf=pass smtp.mailfrom=bureau.nl; "
                + "dmarc=pass action=none header.from=bureau.nl"));
        assertTrue(passes("MX.Relay.Test 1; dmarc=pass header.from=Bureau.NL"), "ids and domains ignore case");
    }

    @Test
    void aFailingDmarcVerdictFailsWhateverDkimAndSpfSay() {
        assertFalse(passes("mx.relay.test; dkim=pass header.d=bureau.nl; spf=pass smtp.mailfrom=bureau.nl; "
                + "dmarc=fail (p=reject dis=none) header.from=bureau.nl"));
        assertFalse(passes("mx.relay.test; dmarc=temperror header.from=bureau.nl"));
    }

    @Test
    void anotherServersHeaderCountsForNothing() {
        assertFalse(passes("mail.attacker.example; dmarc=pass header.from=bureau.nl"));
        assertFalse(passes("mx.relay.test.attacker.example; dkim=pass header.d=bureau.nl"));
        assertFalse(passes("dkim=pass header.d=bureau.nl; dmarc=pass header.from=bureau.nl"),
                "a header without authserv-id is nobody's");
    }

    @Test
    void aFailingVerdictOfTheServerWinsOverAPassingOneWrittenIntoTheMail() {
        assertFalse(passes("mx.relay.test; dmarc=fail header.from=bureau.nl",
                "mx.relay.test; dmarc=pass header.from=bureau.nl"));
    }

    @Test
    void withoutDmarcAnAlignedDkimSignaturePasses() {
        assertTrue(passes("mx.relay.test; dkim=pass (2048-bit key; secure) header.d=bureau.nl header.s=s1"));
        assertTrue(passes("mx.relay.test; dkim=pass header.i=@bureau.nl"));
        assertTrue(passes("mx.relay.test; dkim=pass header.d=mail.bureau.nl"), "relaxed: a subdomain aligns");
        assertTrue(passes("mx.relay.test; dmarc=none; dkim=pass header.d=bureau.nl"),
                "no DMARC policy published is no DMARC verdict");
    }

    @Test
    void aDkimSignatureOfAnotherDomainDoesNotPass() {
        assertFalse(passes("mx.relay.test; dkim=pass header.d=mailing.example"));
        assertFalse(passes("mx.relay.test; dkim=pass header.d=nl"), "a top-level domain aligns with nothing");
        assertFalse(passes("mx.relay.test; dkim=pass header.d=notbureau.nl"));
        assertFalse(passes("mx.relay.test; dkim=fail header.d=bureau.nl"));
        assertFalse(passes("mx.relay.test; dkim=pass"), "a signature of no named domain");
    }

    @Test
    void withoutDmarcAnAlignedSpfPassPasses() {
        assertTrue(passes("mx.relay.test; spf=pass smtp.mailfrom=anna.devries@bureau.nl"));
        assertTrue(passes("mx.relay.test; spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=bureau.nl"));
        assertFalse(passes("mx.relay.test; spf=pass smtp.mailfrom=bounces@sendgrid.example"));
        assertFalse(passes("mx.relay.test; spf=softfail smtp.mailfrom=bureau.nl"));
    }

    @Test
    void commentsAreIgnoredWhateverTheySay() {
        assertTrue(passes("mx.relay.test (Relay's gateway; dmarc=fail); dkim=pass (good (nested) signature) "
                + "header.d=bureau.nl"));
        assertFalse(passes("mx.relay.test; dkim=fail (dkim=pass header.d=bureau.nl) header.d=bureau.nl"));
    }

    @Test
    void quotedValuesAndSpacesAroundEqualsAreRead() {
        assertTrue(passes("mx.relay.test; dkim = pass header.d=\"bureau.nl\" header.b=\"AbC;d=ef\""));
        assertTrue(passes("mx.relay.test;\r\n\tdmarc=pass\r\n\theader.from=bureau.nl"));
    }

    @Test
    void aDmarcVerdictAboutAnotherDomainDoesNotPass() {
        assertFalse(passes("mx.relay.test; dmarc=pass header.from=other.example"));
    }

    @Test
    void nothingToGoOnPassesNothing() {
        assertFalse(passes());
        assertFalse(passes("mx.relay.test; none"));
        assertFalse(passes("mx.relay.test"));
        assertFalse(AuthenticationResults.passes(null, SERVER, "bureau.nl"));
        assertFalse(AuthenticationResults.passes(List.of("mx.relay.test; dmarc=pass"), null, "bureau.nl"));
        assertFalse(AuthenticationResults.passes(List.of("mx.relay.test; dmarc=pass"), SERVER, ""));
    }
}
