package nl.relay.accounts.scim;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.WebDetails;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards /scim: without a configured token SCIM does not exist (404, like any unknown path); with one, every
 * request must carry it as its bearer token (401 as a SCIM error otherwise). The token is not a Relay session,
 * so the SCIM resources leave Quarkus security alone and this filter is their only authentication.
 */
public class ScimGuard {

    private final ProvisioningToken token;

    ScimGuard(ProvisioningToken token) {
        this.token = token;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> admit(ContainerRequestContext request) {
        return admit(request.getUriInfo().getPath(), request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    Optional<Response> admit(String path, String authorization) {
        if (!isScim(path)) {
            return Optional.empty();
        }
        if (!token.isOn()) {
            // As any path nobody serves, whatever the method (no 405 that would tell SCIM is there).
            throw new NotFound(WebDetails.detail(404));
        }
        if (!token.admits(authorization)) {
            return Optional.of(ScimError.unauthorized().response());
        }
        return Optional.empty();
    }

    static boolean isScim(String path) {
        return path.equals("/scim") || path.startsWith("/scim/");
    }
}
