package nl.relay.accounts.scim;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
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
            throw new NotFoundException();
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
