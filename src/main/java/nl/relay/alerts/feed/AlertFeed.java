package nl.relay.alerts.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import java.util.List;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertMatches;
import nl.relay.alerts.AlertViews;
import nl.relay.notifications.NotificationsConfig;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;

/** Writes an alert's latest matches as an Atom 1.0 feed, with Rome. */
@ApplicationScoped
class AlertFeed {

    static final int ENTRIES = 50;
    private static final java.util.regex.Pattern NOT_XML = java.util.regex.Pattern
            .compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final AlertMatches matches;
    private final PostViews postViews;
    private final NotificationsConfig config;
    private final AlertViews views;

    AlertFeed(AlertMatches matches, PostViews postViews, NotificationsConfig config, AlertViews views) {
        this.matches = matches;
        this.postViews = postViews;
        this.config = config;
        this.views = views;
    }

    String atom(Alert alert) {
        List<PostView> posts = postViews.ofIds(matches.forFeed(alert, ENTRIES), alert.createdBy);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(xml("Relay: " + alert.name));
        feed.setDescription(xml(alert.query));
        feed.setUri(link("/alerts/" + alert.id));
        feed.setLink(link("/alerts/" + alert.id));
        // The self link carries the token: a reader that updates its subscription from it keeps working.
        feed.setLinks(List.of(link("alternate", link("/alerts/" + alert.id)),
                link("self", views.feedUrl(alert))));
        feed.setPublishedDate(Date.from(posts.isEmpty() ? alert.changedAt : posts.get(0).createdAt()));
        feed.setEntries(posts.stream().map(this::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed of alert " + alert.id, e);
        }
    }

    private SyndEntry entry(PostView post) {
        SyndEntry entry = new SyndEntryImpl();
        String url = link("/posts/" + post.id());
        entry.setUri(url);
        entry.setLink(url);
        entry.setTitle(xml(post.author().displayName() + ": " + title(post.body())));
        entry.setAuthor(xml(post.author().displayName()));
        entry.setPublishedDate(Date.from(post.createdAt()));
        entry.setUpdatedDate(Date.from(post.editedAt() == null ? post.createdAt() : post.editedAt()));
        SyndContent content = new SyndContentImpl();
        content.setType("text");
        content.setValue(xml(post.body()));
        entry.setContents(List.of(content));
        return entry;
    }

    /** Text without the characters XML cannot hold (a post may contain U+FFFF), which would break the feed. */
    private static String xml(String text) {
        return NOT_XML.matcher(text).replaceAll("\uFFFD");
    }

    private static String title(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }

    private String link(String path) {
        return config.baseUrl().replaceAll("/+$", "") + path;
    }
}
