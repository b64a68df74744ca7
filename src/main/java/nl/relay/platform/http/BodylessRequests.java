package nl.relay.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A JSON API request that carries no body at all ({@code curl -X PUT} sends none, and no Content-Type) is
 * read as JSON with an empty body: where the body is optional it is simply absent, where it is required
 * the answer says it is missing (400), instead of a 415 about a media type nobody sent.
 */
public class BodylessRequests {

    @ServerRequestFilter(preMatching = true)
    public void readAsEmptyJson(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && !hasBody(request)
                && request.getUriInfo().getPath().startsWith("/api/")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        return length != null && !length.strip().equals("0");
    }
}
