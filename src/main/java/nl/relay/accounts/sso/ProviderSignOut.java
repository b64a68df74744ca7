package nl.relay.accounts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Where the browser goes to end the provider's session too (OpenID Connect RP-initiated logout): the provider's
 * {@code end_session_endpoint} from its discovery document, with Relay's client id and the sign-in page to come back
 * to. Providers without one (or out of reach) just leave their session; Relay's own ends either way.
 */
@ApplicationScoped
public class ProviderSignOut {

    private static final Logger LOG = Logger.getLogger(ProviderSignOut.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final SingleSignOnConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile String endSessionEndpoint;

    ProviderSignOut(SingleSignOnConfig config) {
        this.config = config;
    }

    /** The provider's sign-out address that sends the browser back to {@code returnTo}, if it has one. */
    public Optional<URI> address(String returnTo) {
        return endpoint().map(endpoint -> URI.create(endpoint + (endpoint.contains("?") ? "&" : "?")
                + "client_id=" + encoded(config.clientId().orElse("")) + "&post_logout_redirect_uri="
                + encoded(returnTo)));
    }

    private Optional<String> endpoint() {
        if (!config.enabled()) {
            return Optional.empty();
        }
        if (endSessionEndpoint == null) {
            endSessionEndpoint = discover().orElse(null);
        }
        return Optional.ofNullable(endSessionEndpoint);
    }

    private Optional<String> discover() {
        String issuer = config.issuer().orElseThrow();
        URI discovery = URI.create((issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/openid-configuration");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf("The identity provider's discovery document answered %d", response.statusCode());
                return Optional.empty();
            }
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject document = reader.readObject();
                return Optional.ofNullable(document.getString("end_session_endpoint", null));
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warnf("The identity provider's discovery document could not be read: %s", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
