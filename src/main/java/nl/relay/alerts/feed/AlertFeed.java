package nl.relay.alerts.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertMatches;
import nl.relay.alerts.AlertViews;
import nl.relay.platform.http.PublicAddress;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;

/** An alert's latest matches as an Atom 1.0 feed. */
@ApplicationScoped
class AlertFeed {

    static final int ENTRIES = 50;

    private final AlertMatches matches;
    private final PostViews postViews;
    private final PublicAddress address;
    private final AlertViews views;

    AlertFeed(AlertMatches matches, PostViews postViews, PublicAddress address, AlertViews views) {
        this.matches = matches;
        this.postViews = postViews;
        this.address = address;
        this.views = views;
    }

    String atom(Alert alert) {
        List<PostView> posts = postViews.ofIds(matches.forFeed(alert, ENTRIES), alert.createdBy);
        return new PostsAtom(address.base()).write("Relay: " + alert.name, alert.query, "/alerts/" + alert.id,
                views.feedUrl(alert), alert.changedAt, posts);
    }
}
