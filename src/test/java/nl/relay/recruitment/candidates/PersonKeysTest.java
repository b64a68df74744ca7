package nl.relay.recruitment.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One person, one phone key, however the number is written: duplicates, erasure and access requests rely on it. */
class PersonKeysTest {

    @Test
    void everyWayOfWritingADutchMobileNumberIsOneKey() {
        for (String written : List.of("06-12345678", "06 12 34 56 78", "0612345678", "+31 6 12345678",
                "+31612345678", "+31 (0)6 1234 5678", "+31 (0)6-12345678", "0031 6 12345678", "0031 06 12345678",
                "+31 06 12345678", "(06) 12345678", "06.12.34.56.78")) {
            assertEquals("+31612345678", PersonKeys.phone(written), written);
            assertTrue(PersonKeys.plausiblePhone(written), written);
        }
    }

    @Test
    void foreignNumbersKeepTheirCountryAndNonsenseIsNoPhone() {
        assertEquals("+4420123456", PersonKeys.phone("+44 20 123456"));
        assertEquals("+32470123456", PersonKeys.phone("0032 470 12 34 56"));
        assertFalse(PersonKeys.plausiblePhone("bel me"));
        assertFalse(PersonKeys.plausiblePhone("12-34"));
    }
}
