package nl.relay.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every answer the HTTP layer gives, whoever gives it: pages and the API, static files
 * (relay.js, relay.css), the live stream, /q/* and error answers. No inline script, no framing, no
 * sniffing, no referrer leaks; nothing with personal data stored. Swagger UI (admins only) starts itself with inline script, so its pages
 * alone allow that.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The policy of the pages: with single sign-on, a form may also lead to the identity provider (signing out
     * sends the browser on to the provider's sign-out, and browsers hold a form's redirects to form-action).
     */
    private final String pagePolicy;

    SecurityHeaders(@ConfigProperty(name = "relay.oidc.issuer") Optional<String> issuer) {
        this.pagePolicy = issuer.flatMap(SecurityHeaders::origin)
                .map(origin -> CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin))
                .orElse(CONTENT_SECURITY_POLICY);
    }

    private static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional
                    .of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * Answers that may carry a person's details (candidates, referrals, the privacy officer's work) or the admin's:
     * never kept by a browser or a proxy, so they leave no copy behind (back button, shared machines, caches).
     */
    private static final List<String> NOT_STORED = List.of("/api/privacy", "/privacy", "/api/candidates",
            "/candidates", "/api/vacancies", "/vacancies", "/api/admin", "/admin");
    /** Runs before every route, so even answers that never reach a resource carry the headers. */
    private static final int FIRST = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::addOnAnswer, FIRST);
    }

    private void addOnAnswer(RoutingContext context) {
        String path = context.normalizedPath();
        boolean swaggerUi = path.startsWith("/q/swagger-ui");
        boolean notStored = NOT_STORED.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")
                || path.startsWith(prefix + "."));
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : pagePolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            if (!headers.contains("Referrer-Policy")) {
                // A page may be stricter (no-referrer where its address carries a token), never looser.
                headers.set("Referrer-Policy", "same-origin");
            }
            headers.set("X-Frame-Options", "DENY");
            if (notStored && !headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }
}
