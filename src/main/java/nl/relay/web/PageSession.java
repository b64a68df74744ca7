package nl.relay.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.function.LongFunction;
import nl.relay.accounts.Caller;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.paging.Cursor;

/**
 * Who is signed in on this page request, if anyone. A missing, expired or revoked session cookie
 * means "signed out" on the pages (they show the sign-in form) rather than an error.
 */
@RequestScoped
public class PageSession {

    private final SecurityIdentity identity;
    private final Caller caller;

    PageSession(SecurityIdentity identity, Caller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    /** Runs the page for the signed-in reader, or sends a signed-out visitor to the sign-in form. */
    public Response signedIn(LongFunction<Response> page) {
        return accountId().map(page::apply).orElseGet(() -> Response.seeOther(URI.create("/login")).build());
    }

    /** The post id a "older posts" link carries; a damaged link just starts from the newest. */
    public static Long before(String cursor) {
        return lenient(cursor, 1, c -> c.longKey(0));
    }

    /** A page link's cursor read leniently: a damaged or tampered one just means "from the start" (null). */
    public static <T> T lenient(String cursor, int keys, java.util.function.Function<Cursor, T> read) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return read.apply(Cursor.decode(cursor, keys));
        } catch (MalformedRequest e) {
            return null;
        }
    }

    public Optional<Long> accountId() {
        try {
            return identity.isAnonymous() ? Optional.empty() : Optional.of(caller.accountId());
        } catch (AuthenticationFailedException | io.quarkus.security.UnauthorizedException e) {
            return Optional.empty();
        }
    }
}
