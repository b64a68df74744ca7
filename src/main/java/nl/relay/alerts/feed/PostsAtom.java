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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import nl.relay.posts.PostView;

/**
 * Posts as an Atom 1.0 feed, written with Rome: an alert's matches, a search's newest hits. Each entry links to
 * the post's page; its content is the post's text as text, never markup.
 */
public final class PostsAtom {

    private static final Pattern NOT_XML = Pattern
            .compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final String baseUrl;

    /** Links are made absolute with the address people open Relay at. */
    public PostsAtom(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * The feed: its title and description, the page it stands for (a path), its own address when it may be given
     * (absolute, null when not), and the posts, newest first; updated at the newest post or {@code otherwise}.
     */
    public String write(String title, String description, String pagePath, String self, Instant otherwise,
            List<PostView> posts) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(xml(title));
        feed.setDescription(xml(description));
        String page = absolute(pagePath);
        feed.setUri(page);
        feed.setLink(page);
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", page));
        if (self != null) {
            // The self link carries the token: a reader that updates its subscription from it keeps working.
            links.add(link("self", self));
        }
        feed.setLinks(links);
        feed.setPublishedDate(Date.from(posts.isEmpty() ? otherwise : posts.get(0).createdAt()));
        feed.setEntries(posts.stream().map(this::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed " + pagePath, e);
        }
    }

    private SyndEntry entry(PostView post) {
        SyndEntry entry = new SyndEntryImpl();
        String url = absolute("/posts/" + post.id());
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

    private String absolute(String path) {
        return baseUrl + path;
    }
}
