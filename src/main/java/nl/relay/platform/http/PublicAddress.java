package nl.relay.platform.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people open Relay at, for links that leave the page: feed addresses, Atom entries,
 * emails. {@code relay.notifications.base-url} when it is set; otherwise, while answering a request,
 * the address that request came in on (as the browser asked for it, or as the trusted proxy forwarded
 * it when proxy forwarding is on), so a Relay at {@code https://relay.example.nl} never hands out
 * {@code http://localhost:8080}. Mail is sent outside any request: it uses the setting, or
 * {@code http://localhost:<port>} when none is set (the README says to set it).
 */
@ApplicationScoped
public class PublicAddress {

    private final Optional<String> configured;
    private final int port;

    PublicAddress(@ConfigProperty(name = "relay.notifications.base-url") Optional<String> configured,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.configured = configured.map(PublicAddress::trimmed).filter(value -> !value.isEmpty());
        this.port = port;
    }

    /** The base address without a trailing slash: configured, else the current request's, else localhost. */
    public String base() {
        return configured.or(PublicAddress::ofCurrentRequest).orElseGet(this::local);
    }

    /** The base address for what is made outside a request (mail): configured, else localhost. */
    public String configuredOrLocal() {
        return configured.orElseGet(this::local);
    }

    /** The absolute address of a path on Relay (the path starts with a slash). */
    public String of(String path) {
        return base() + path;
    }

    private String local() {
        return "http://localhost:" + port;
    }

    private static Optional<String> ofCurrentRequest() {
        InjectableContext requests = Arc.container() == null ? null : Arc.container().requestContext();
        if (requests == null || !requests.isActive()) {
            return Optional.empty();
        }
        RoutingContext context = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (context == null) {
            return Optional.empty();
        }
        HttpServerRequest request = context.request();
        String authority = request.authority() == null ? null : request.authority().toString();
        if (authority == null || authority.isBlank() || !authority.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            return Optional.empty();
        }
        String scheme = "https".equalsIgnoreCase(request.scheme()) ? "https" : "http";
        return Optional.of(scheme + "://" + authority);
    }

    private static String trimmed(String value) {
        return value.strip().replaceAll("/+$", "");
    }
}
