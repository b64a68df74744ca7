package nl.relay.web;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import nl.relay.accounts.IssuedToken;
import nl.relay.accounts.TokenVerification;

/** The browser's session: the access token in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS). */
final class SessionCookie {

    private SessionCookie() {
    }

    static NewCookie of(IssuedToken token, UriInfo uri) {
        int maxAge = (int) Math.max(0, Duration.between(Instant.now(), token.expiresAt()).toSeconds());
        return builder(uri).value(token.accessToken()).maxAge(maxAge).build();
    }

    static NewCookie cleared(UriInfo uri) {
        return builder(uri).value("").maxAge(0).build();
    }

    private static NewCookie.Builder builder(UriInfo uri) {
        return new NewCookie.Builder(TokenVerification.SESSION_COOKIE)
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()));
    }
}
