package nl.relay.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer the HTTP layer gives, whoever gives it: pages and the API, static files
 * (relay.js, relay.css), the live stream, /q/* and error answers. No inline script, no framing, no
 * sniffing, no referrer leaks. Swagger UI (admins only) starts itself with inline script, so its pages
 * alone allow that.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Runs before every route, so even answers that never reach a resource carry the headers. */
    private static final int FIRST = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::addOnAnswer, FIRST);
    }

    private void addOnAnswer(RoutingContext context) {
        boolean swaggerUi = context.normalizedPath().startsWith("/q/swagger-ui");
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("X-Frame-Options", "DENY");
        });
        context.next();
    }
}
