package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.junit.jupiter.api.Test;

/** relay.cookies.secure: "always" marks every cookie Secure, even when Relay itself only sees plain HTTP. */
class CookiesTest {

    @Test
    void alwaysMeansSecureWhateverTheRequest() {
        Cookies always = new Cookies(() -> CookiesConfig.Secure.ALWAYS, new CurrentVertxRequest());
        assertTrue(always.language("nl").isSecure());
        assertTrue(always.sessionCleared().isSecure());
        Cookies auto = new Cookies(() -> CookiesConfig.Secure.AUTO, new CurrentVertxRequest());
        assertFalse(auto.language("nl").isSecure(), "plain HTTP without a proxy saying otherwise");
    }
}
