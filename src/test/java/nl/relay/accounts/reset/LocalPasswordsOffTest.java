package nl.relay.accounts.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotFoundException;
import java.lang.reflect.Proxy;
import nl.relay.accounts.sessions.AuthConfig;
import nl.relay.platform.errors.NotFound;
import org.junit.jupiter.api.Test;

/**
 * With {@code relay.auth.local-passwords=false} reset does not exist: both endpoints answer the 404 of an unknown
 * API path before reading their body, the pages the 404 of an unknown page, and the sign-in page offers no link.
 * (The shared application runs with local passwords on, so this is checked on the classes themselves.)
 */
class LocalPasswordsOffTest {

    private final LocalPasswordsOnly off = new LocalPasswordsOnly(authConfig(false));

    @Test
    void bothEndpointsAnswerAsIfThereWereNone() {
        PasswordResetResource resource = new PasswordResetResource(null, null, off, null);

        NotFound asked = assertThrows(NotFound.class,
                () -> resource.request(new PasswordResetResource.ResetRequest("sanne"), null));
        NotFound confirmed = assertThrows(NotFound.class, () -> resource.confirm(null, null));

        assertEquals(404, asked.status());
        assertEquals("There is no such API path.", asked.getMessage());
        assertEquals(404, confirmed.status());
    }

    @Test
    void theUseCasesRefuseToo() {
        assertThrows(NotFound.class, () -> new RequestPasswordReset(off, null, null, null, null).request("sanne",
                "192.0.2.1", "nl"));
        assertThrows(NotFound.class, () -> new ResetPassword(null, null, null, off, null, null).reset("1.2.3",
                "een lang wachtwoord", "192.0.2.1"));
    }

    @Test
    void thePagesAnswerAsIfThereWereNone() {
        PasswordResetPage page = new PasswordResetPage(null, null, off, null, null, null);

        assertThrows(NotFoundException.class, page::form);
        assertThrows(NotFoundException.class, () -> page.ask("sanne", null));
        assertThrows(NotFoundException.class, page::sent);
        assertThrows(NotFoundException.class, () -> page.choose("1.2.3", null));
        assertThrows(NotFoundException.class, () -> page.set("1.2.3", "een lang wachtwoord", null));
    }

    @Test
    void theSignInPageOffersNoLink() {
        assertEquals(false, new ResetOnSignIn(off, null).isOffered());
        assertTrue(new ResetOnSignIn(new LocalPasswordsOnly(authConfig(true)), null).isOffered());
    }

    private static AuthConfig authConfig(boolean localPasswords) {
        return (AuthConfig) Proxy.newProxyInstance(AuthConfig.class.getClassLoader(), new Class<?>[]{AuthConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("localPasswords")) {
                        return localPasswords;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
