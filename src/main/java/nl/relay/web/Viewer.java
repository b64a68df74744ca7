package nl.relay.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import nl.relay.accounts.Role;

/**
 * What the shared page layout needs to know about the person looking at it, as {@code inject:viewer}
 * in templates: whether to show the admin link, and where the language switch should return to.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private final UriInfo uri;
    private final Request request;

    Viewer(SecurityIdentity identity, UriInfo uri, Request request) {
        this.identity = identity;
        this.uri = uri;
        this.request = request;
    }

    public boolean isAdmin() {
        try {
            return !identity.isAnonymous() && identity.hasRole(Role.ADMIN_NAME);
        } catch (AuthenticationFailedException | UnauthorizedException endedSession) {
            return false;
        }
    }

    /** This page's path and query when it can be fetched again, else the home page. */
    public String here() {
        if (!"GET".equals(request.getMethod())) {
            return "/";
        }
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }
}
