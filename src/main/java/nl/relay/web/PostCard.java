package nl.relay.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.posts.PostKind;
import nl.relay.posts.PostText;
import nl.relay.posts.PostView;

/**
 * A post as a page shows it: its text cut into plain and linked pieces (topics, mentions of real
 * accounts, http(s) links), and the author's initials avatar. The template escapes every piece; no
 * HTML is ever built from user text.
 */
public record PostCard(PostView post, List<Segment> segments) {

    private static final Pattern TOKENS = Pattern.compile(
            "(https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)])|(?<![\\p{L}\\p{N}\\p{M}_&/#@])#([\\p{L}\\p{N}\\p{M}_]+)"
                    + "|(?<![\\p{L}\\p{N}_.@/-])@([A-Za-z0-9._-]+)");

    /** A piece of text, linked when {@code href} is set. */
    public record Segment(String text, String href) {
    }

    /** How many avatar colours relay.css has (avatar-0 to avatar-7), each dark enough for white letters. */
    static final int AVATAR_COLOURS = 8;

    /** Ordinary notes carry no badge; the other kinds keep a small one. */
    public boolean badged() {
        return post.kind() != PostKind.NOTE;
    }

    /** One or two initials of the author's display name ("Sanne de Vries" is "SV"), or of the username. */
    public String initials() {
        boolean named = post.author().displayName() != null && !post.author().displayName().isBlank();
        String name = named ? post.author().displayName() : post.author().username();
        List<String> words = Arrays.stream(name.strip().split(named ? "\\s+" : "[\\s._-]+"))
                .filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))).toList();
        if (words.isEmpty()) {
            return "?";
        }
        String first = initial(words.get(0));
        return words.size() == 1 ? first : first + initial(words.get(words.size() - 1));
    }

    /** Which avatar colour the author has: derived from the username, so the same everywhere. */
    public int avatarColour() {
        return Math.floorMod(post.author().username().hashCode(), AVATAR_COLOURS);
    }

    private static String initial(String word) {
        return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT);
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
