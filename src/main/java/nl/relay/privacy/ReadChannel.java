package nl.relay.privacy;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Through which channel the current read happens: {@code api} under /api/, {@code page} for the web pages, and
 * {@code read} outside a request (a job) or when the request cannot be told.
 */
@ApplicationScoped
class ReadChannel {

    static final String API = "api";
    static final String PAGE = "page";
    static final String OTHER = "read";

    private final Instance<CurrentVertxRequest> request;

    ReadChannel(Instance<CurrentVertxRequest> request) {
        this.request = request;
    }

    String current() {
        if (!Arc.container().requestContext().isActive() || !request.isResolvable()) {
            return OTHER;
        }
        RoutingContext context = request.get().getCurrent();
        if (context == null) {
            return OTHER;
        }
        String path = context.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/") ? API : PAGE;
    }
}
