package nl.relay.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.errors.MalformedRequest;
import nl.relay.platform.errors.PayloadTooLarge;
import nl.relay.platform.text.ControlCharacters;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource sees them, bodies over {@link #MAX_BODY_BYTES} (by their declared
 * length) and control characters in the path and query. Multipart bodies carry files and have their own limit
 * (nl.relay.posts.attachments.UploadBodyLimit).
 */
public class RequestParameterCheck {

    /** 1 MiB: far above any post; bodies sent without a length are capped by quarkus.http.limits. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeBodies(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null || isMultipart(request)) {
            return;
        }
        try {
            if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
                throw new PayloadTooLarge("The request body is larger than 1 MiB.");
            }
        } catch (NumberFormatException e) {
            throw new MalformedRequest("The Content-Length header is not a number.");
        }
    }

    private static boolean isMultipart(ContainerRequestContext request) {
        String type = request.getHeaderString("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        MultivaluedMap<String, String> query;
        try {
            if (ControlCharacters.clean(request.getUriInfo().getPath(true)) == null) {
                throw new MalformedRequest("The path contains control characters.");
            }
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequest("The path or query is not correctly percent-encoded.");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (ControlCharacters.clean(parameter.getKey()) == null) {
                throw new MalformedRequest("A query parameter name contains control characters.");
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.clean(value) == null || value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0) {
                    throw new MalformedRequest("Query parameter '" + parameter.getKey()
                            + "' contains control characters.");
                }
            }
        }
    }
}
