package nl.relay.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.time.Instant;
import nl.relay.accounts.sessions.IssuedToken;
import nl.relay.accounts.sessions.TokenVerification;
import nl.relay.platform.http.RequestLanguage;

/**
 * The cookies the pages set: the session (the access token, HttpOnly, SameSite=Lax, expiring with the
 * token) and the language. Secure over HTTPS, also behind a TLS-terminating proxy when proxy forwarding is
 * configured (the request's scheme is then the one the proxy was asked with), or always when so configured.
 */
@ApplicationScoped
public class Cookies {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private final CookiesConfig config;
    private final CurrentVertxRequest request;

    Cookies(CookiesConfig config, CurrentVertxRequest request) {
        this.config = config;
        this.request = request;
    }

    public NewCookie session(IssuedToken token) {
        int maxAge = (int) Math.max(0, Duration.between(Instant.now(), token.expiresAt()).toSeconds());
        return builder(TokenVerification.SESSION_COOKIE).value(token.accessToken()).maxAge(maxAge).build();
    }

    public NewCookie sessionCleared() {
        return builder(TokenVerification.SESSION_COOKIE).value("").maxAge(0).build();
    }

    /** The browser's memory of the language, so the pages keep it after signing out; null forgets it. */
    public NewCookie language(String language) {
        return builder(RequestLanguage.COOKIE).value(language == null ? "" : language)
                .maxAge(language == null ? 0 : ONE_YEAR).build();
    }

    private NewCookie.Builder builder(String name) {
        return new NewCookie.Builder(name).path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX)
                .secure(secure());
    }

    private boolean secure() {
        if (config.secure() == CookiesConfig.Secure.ALWAYS) {
            return true;
        }
        var current = request.getCurrent();
        return current != null && "https".equalsIgnoreCase(current.request().scheme());
    }
}
