package nl.relay.accounts.tokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.WebDetails;

/**
 * Holds every request made with a personal access token to the token's scopes, before any route runs (the REST
 * resources, the live stream, /q/*): a token without the write scope may only read (GET, HEAD, OPTIONS), and
 * tokens are for the API and /q/* only, never the pages (those are for people, signed in with the cookie). A token
 * that fails is answered 401 here, with the problem body the rest of the API answers a failed sign-in with. Which
 * roles a token brings (admin, privacy only with the admin scope) is {@link AccessTokenCheck}'s business; the
 * endpoints' role checks do the rest.
 */
@ApplicationScoped
public class AccessTokenScopes {

    /** After authentication (200) and the HTTP permission checks (100), before every route. */
    static final int PRIORITY = 50;
    static final String READ_ONLY = "This token may only read: it has no write scope.";
    static final String NOT_FOR_PAGES = "Access tokens are for the API (/api/...); the pages need a sign-in.";
    static final String FAILED = "Sign in first: the bearer token is missing, invalid, expired or revoked.";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ObjectMapper json;

    AccessTokenScopes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        if (AccessTokenSecret.fromAuthorization(context.request().getHeader(HttpHeaders.AUTHORIZATION)) == null) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
            problem(context, 403, NOT_FOR_PAGES);
            return;
        }
        // Authentication is lazy (quarkus.http.auth.proactive=false): asking for the identity runs it, once per
        // request. Its failure is answered here, so the default handler must not answer it first (bare 401).
        BiConsumer<RoutingContext, Throwable> defaultFailureHandler = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, t) -> {
        });
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(identity -> {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, defaultFailureHandler);
            decide(context, identity);
        }, failure -> {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, defaultFailureHandler);
            if (DefaultAuthFailureHandler.extractRootCause(failure) instanceof AuthenticationFailedException) {
                context.response().putHeader("WWW-Authenticate", "Bearer");
                problem(context, 401, FAILED);
            } else {
                context.fail(failure);
            }
        });
    }

    private void decide(RoutingContext context, SecurityIdentity identity) {
        if (!SAFE_METHODS.contains(context.request().method().name()) && !AccessTokenIdentity.mayWrite(identity)) {
            problem(context, 403, READ_ONLY);
        } else {
            context.next();
        }
    }

    private void problem(RoutingContext context, int status, String detail) {
        String title = jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase();
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(new Problem(WebDetails.type(status), title, status, detail,
                            List.of())));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }
}
