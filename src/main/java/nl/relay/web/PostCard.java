package nl.relay.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.posts.PostText;
import nl.relay.posts.PostView;

/**
 * A post as a page shows it: its text cut into plain and linked pieces (topics, mentions of real
 * accounts, http(s) links). The template escapes every piece; no HTML is ever built from user text.
 */
public record PostCard(PostView post, List<Segment> segments) {

    private static final Pattern TOKENS = Pattern.compile(
            "(https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)])|(?<![\\p{L}\\p{N}\\p{M}_&/#@])#([\\p{L}\\p{N}\\p{M}_]+)"
                    + "|(?<![\\p{L}\\p{N}_.@/-])@([A-Za-z0-9._-]+)");

    /** A piece of text, linked when {@code href} is set. */
    public record Segment(String text, String href) {
    }

    public static PostCard of(PostView post) {
        return new PostCard(post, post.deleted() ? List.of() : segments(post));
    }

    public static List<PostCard> of(List<PostView> posts) {
        return posts.stream().map(PostCard::of).toList();
    }

    private static List<Segment> segments(PostView post) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(post.body());
        int at = 0;
        while (matcher.find()) {
            String href = href(matcher, post);
            if (href == null) {
                continue;
            }
            if (matcher.start() > at) {
                segments.add(new Segment(post.body().substring(at, matcher.start()), null));
            }
            segments.add(new Segment(matcher.group(), href));
            at = matcher.end();
        }
        if (at < post.body().length()) {
            segments.add(new Segment(post.body().substring(at), null));
        }
        return segments;
    }

    private static String href(Matcher matcher, PostView post) {
        if (matcher.group(1) != null) {
            return matcher.group(1);
        }
        if (matcher.group(2) != null) {
            return PostText.normaliseTopic(matcher.group(2)).filter(post.topics()::contains)
                    .map(topic -> "/topics/" + URLEncoder.encode(topic, StandardCharsets.UTF_8)).orElse(null);
        }
        String username = matcher.group(3).toLowerCase(Locale.ROOT);
        String trimmed = username.replaceAll("[.-]+$", "");
        String mentioned = post.mentions().contains(username)
                ? username
                : post.mentions().contains(trimmed) ? trimmed : null;
        return mentioned == null ? null : "/people/" + mentioned;
    }
}
