package nl.relay.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import nl.relay.platform.errors.NotAllowed;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses cross-site requests that would act with the session cookie: a state-changing request
 * that relies on the cookie (no bearer header), and every form post, must come from Relay's own
 * pages, as told by the browser's Origin or Sec-Fetch-Site header. Bearer-token clients are not at
 * risk and pass.
 */
public class CrossSiteRequestGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The cookie the web pages keep the access token in. */
    public static final String SESSION_COOKIE = "relay_session";

    @ServerRequestFilter(preMatching = true)
    public void refuseForeignOrigins(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeaderString("Authorization") != null
                || !(request.getCookies().containsKey(SESSION_COOKIE) || isForm(request))) {
            return;
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null) {
            if (!fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
                throw new NotAllowed("Cross-site requests are refused.");
            }
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || !sameHost(origin, request.getHeaderString("Host"))) {
            throw new NotAllowed("Cross-site requests are refused.");
        }
    }

    /** Forms are checked even without a session: a forged sign-in form would sign the victim in as someone else. */
    private static boolean isForm(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            return false; // the JSON API refuses forms anyway (415)
        }
        String type = request.getHeaderString("Content-Type");
        return type != null && (type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                || type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"));
    }

    private static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
