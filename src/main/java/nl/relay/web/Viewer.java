package nl.relay.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.notifications.Notifications;

/**
 * What the shared page layout needs to know about the person looking at it, as {@code inject:viewer}
 * in templates: whether to show the admin link, the unread count, and where the language switch returns to.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    /** A form's action path ends in one of these; the page it was sent from is the path before it. */
    private static final Pattern FORM_ACTION = Pattern.compile(
            "/(password|language|replies|follow|roles|members(/.*)?|join|leave|requests(/.*)?|edit|archive|posts"
                    + "|status|referrals|proposals(/[0-9]+/status)?)$");

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final PageSession session;
    private final Notifications notifications;
    private Long unread;

    Viewer(SecurityIdentity identity, CurrentVertxRequest request, PageSession session, Notifications notifications) {
        this.identity = identity;
        this.request = request;
        this.session = session;
        this.notifications = notifications;
    }

    /** How many notifications the reader has not read (the badge the live stream keeps up to date). */
    public long getUnread() {
        if (unread == null) {
            unread = session.accountId().map(notifications::unreadCount).orElse(0L);
        }
        return unread;
    }

    /** Recruiters offer candidates and post vacancies: the layout and the composer link them to those forms. */
    public boolean isRecruiter() {
        return hasAnyRole(Role.RECRUITER_NAME);
    }

    public boolean isAdmin() {
        return hasAnyRole(Role.ADMIN_NAME);
    }

    /** A moderator or admin: the layout links the moderation queue for them. */
    public boolean isModerator() {
        return hasAnyRole(Role.MODERATOR_NAME, Role.ADMIN_NAME);
    }

    /** An admin or communications: the layout links the announcement form for them. */
    public boolean isAnnouncer() {
        return hasAnyRole(Role.ADMIN_NAME, Role.COMMUNICATIONS_NAME);
    }

    /** Whether a signed-in reader has one of these roles; a session that just ended has none. */
    private boolean hasAnyRole(String... roles) {
        try {
            if (identity.isAnonymous()) {
                return false;
            }
            for (String role : roles) {
                if (identity.hasRole(role)) {
                    return true;
                }
            }
            return false;
        } catch (AuthenticationFailedException | UnauthorizedException endedSession) {
            return false;
        }
    }

    /** The privacy officer ({@link Account#isPrivacyOfficer}): the layout links the privacy page for them. */
    public boolean isPrivacyOfficer() {
        return session.accountId().map(id -> Account.<Account>findById(id)).map(Account::isPrivacyOfficer)
                .orElse(false);
    }

    /**
     * Whether the reader has a password kept by Relay (one who signs in through the company's identity provider does
     * not): the settings page offers changing it only then.
     */
    public boolean hasPassword() {
        return session.accountId().map(id -> Account.<Account>findById(id)).map(account -> account.passwordHash != null)
                .orElse(false);
    }

    /**
     * Where the language switch returns to: this page's path and query as the browser sent them, or,
     * for a page shown in answer to a form, the page the form was on.
     */
    public String here() {
        HttpServerRequest http = request.getCurrent().request();
        String uri = http.uri();
        if (uri == null || !uri.startsWith("/")) {
            return "/";
        }
        if (http.method().name().equals("GET")) {
            return uri;
        }
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        if (path.equals("/posts") || path.equals("/login")) {
            return "/";
        }
        if (path.startsWith("/admin/accounts")) {
            return "/admin/accounts";
        }
        String page = FORM_ACTION.matcher(path).replaceFirst("");
        return page.isEmpty() ? "/" : page;
    }
}
