package nl.relay.accounts.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import nl.relay.accounts.sessions.AuthConfig;
import nl.relay.platform.errors.NotFound;
import org.junit.jupiter.api.Test;

/** With {@code relay.auth.local-passwords=false} a password sign-in answers as if it did not exist. */
class PasswordSignInOffTest {

    @Test
    void aPasswordSignInIsNotFoundBeforeAnythingIsCheckedOrCounted() {
        AuthConfig off = (AuthConfig) Proxy.newProxyInstance(AuthConfig.class.getClassLoader(),
                new Class<?>[]{AuthConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("localPasswords")) {
                        return false;
                    }
                    throw new AssertionError("not asked: " + method.getName());
                });
        // No throttle and no token issuer: neither may be reached.
        SignIn signIn = new SignIn(null, null, off);

        assertFalse(signIn.passwordsAllowed());
        assertThrows(NotFound.class,
                () -> signIn.withPassword(new Credentials("sanne", "een lang wachtwoord"), "192.0.2.1"));
    }
}
