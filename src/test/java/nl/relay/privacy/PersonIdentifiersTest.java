package nl.relay.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The identifiers of a person are found in the forms people write them, and nothing else is taken. */
class PersonIdentifiersTest {

    private final PersonIdentifiers identifiers = PersonIdentifiers.of(List.of("José de Vries"),
            List.of("Jose.deVries@Voorbeeld.nl"), List.of(PersonIdentifiers.phoneKey("06-12345678")));

    @Test
    void aDutchMobileIsFoundInEveryNotation() {
        for (String written : List.of("+31 6 12345678", "+31612345678", "+31 (0)6-1234 5678", "0031612345678",
                "06-12345678", "06 12 34 56 78", "0612345678", "(06) 123 456 78", "06.12.34.56.78")) {
            assertEquals("bel [gewist] vandaag", identifiers.apply("bel " + written + " vandaag"), written);
        }
        assertEquals("José ([gewist])", identifiers.apply("José (0612345678)"));
    }

    @Test
    void aLongerNumberThatHoldsTheDigitsIsLeftAlone() {
        String text = "factuur 90612345678 en 06123456789, rekening NL12ABCD0612345678";
        assertSame(text, identifiers.apply(text));
    }

    @Test
    void theNameIsFoundInAnyCaseWithOrWithoutAccentsSpacesOrHyphens() {
        for (String written : List.of("José de Vries", "JOSE DE VRIES", "jose de vries", "José  de-Vries",
                "José de\nVries")) {
            assertEquals("gesprek met [gewist]!", identifiers.apply("gesprek met " + written + "!"), written);
        }
        assertEquals("#[gewist] zoekt werk", identifiers.apply("#JoseDeVries zoekt werk"));
    }

    @Test
    void aLongerNameOrOneWordOfItIsLeftAlone() {
        String text = "José de Vriesland en mevrouw De Vries en José";
        assertSame(text, identifiers.apply(text));
    }

    @Test
    void theEmailIsFoundInAnyCase() {
        assertEquals("mail [gewist].", identifiers.apply("mail JOSE.DEVRIES@voorbeeld.NL."));
    }

    @Test
    void aPhoneIsKeyedTheSameInEveryNotation() {
        for (String written : List.of("+31 6 12345678", "+31 (0)6-1234 5678", "0031612345678", "06-12345678",
                "0612345678")) {
            assertEquals("+31612345678", PersonIdentifiers.phoneKey(written), written);
        }
        assertEquals("+4420123456", PersonIdentifiers.phoneKey("+44 20 123456"));
    }

    @Test
    void theSqlConditionCoversEveryForm() {
        assertEquals(List.of("%jose.devries@voorbeeld.nl%"), List.of(identifiers.likePatterns()));
        assertEquals(List.of("%vries%"), List.of(identifiers.foldPatterns()));
        assertEquals(List.of("%612345678%"), List.of(identifiers.digitPatterns()));
    }

    @Test
    void noIdentifiersChangeNothing() {
        PersonIdentifiers none = PersonIdentifiers.of(List.of("[gewist]", "[anonymised]"), List.of(), List.of());
        String text = "[gewist] schreef iets over [anonymised]";
        assertSame(text, none.apply(text));
        assertEquals(true, none.isEmpty());
    }
}
