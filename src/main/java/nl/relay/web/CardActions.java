package nl.relay.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.relay.accounts.Caller;
import nl.relay.posts.PostAuthority;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;

/**
 * What the reader may do with a post on its card, as {@code inject:cardActions} in templates: edit it
 * (the author), remove it (the author or an admin, as the API allows), and whether they follow or muted
 * its thread. The thread state comes with the views themselves, so a page of cards costs no extra query.
 */
@Named("cardActions")
@RequestScoped
public class CardActions {

    private final PageSession session;
    private final Caller caller;
    private final PostViews views;
    private final Viewer viewer;
    private String username;

    CardActions(PageSession session, Caller caller, PostViews views, Viewer viewer) {
        this.session = session;
        this.caller = caller;
        this.views = views;
        this.viewer = viewer;
    }

    /** This page, as the {@code back} parameter of the edit and remove pages' links. */
    public String getBack() {
        return URLEncoder.encode(viewer.here(), StandardCharsets.UTF_8);
    }

    public boolean mayEdit(PostView post) {
        return !post.deleted() && PostAuthority.mayEdit(isAuthor(post));
    }

    public boolean mayRemove(PostView post) {
        return !post.deleted() && PostAuthority.mayRemove(isAuthor(post), isAdmin());
    }

    public boolean following(PostView post) {
        return threadMuted(post).map(muted -> !muted).orElse(false);
    }

    public boolean muted(PostView post) {
        return threadMuted(post).orElse(false);
    }

    private Optional<Boolean> threadMuted(PostView post) {
        return session.accountId().flatMap(reader -> views.threadMuted(reader, post.threadId()));
    }

    private boolean isAuthor(PostView post) {
        if (username == null) {
            username = session.accountId().map(id -> caller.account().username).orElse("");
        }
        return !username.isEmpty() && username.equals(post.author().username());
    }

    private boolean isAdmin() {
        try {
            return session.accountId().isPresent() && caller.isAdmin();
        } catch (AuthenticationFailedException | UnauthorizedException endedSession) {
            return false;
        }
    }
}
