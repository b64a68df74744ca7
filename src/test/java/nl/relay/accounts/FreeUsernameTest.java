package nl.relay.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Usernames made from what the identity provider says. */
class FreeUsernameTest {

    @Test
    void theAddressOrNameIsFoldedToUsernameCharacters() {
        assertEquals("anouk.de.vries", FreeUsername.base("Anouk.de.Vries@bedrijf.nl"));
        assertEquals("jose.muller", FreeUsername.base("José Müller"));
        assertEquals("obrien", FreeUsername.base("O'Brien@x.nl"));
        assertEquals("a".repeat(30), FreeUsername.base("a".repeat(40) + "@x.nl"));
        assertNull(FreeUsername.base("@x.nl"));
        assertNull(FreeUsername.base("渡"));
        assertNull(FreeUsername.base(" "));
        assertEquals("jan", FreeUsername.base("..jan__@x.nl"));
        assertEquals("zoe.de.vries", FreeUsername.base("Zoë de Vries@contoso.nl"));
        assertEquals("jan.o-brien", FreeUsername.base("Jan.O-Brien@contoso.nl"));
        assertEquals("test_user_ab6490ee-1e48-479e-a", FreeUsername.base("Test_User_ab6490ee-1e48-479e-a20b@x.nl"));
        assertNull(FreeUsername.base("x@contoso.nl"));
    }
}
