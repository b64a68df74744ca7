package nl.relay.posts;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code #topics} and {@code @mentions} in a post's text. Topics are Unicode letters,
 * digits and underscores with at least one letter, stored lower-case; mentions are usernames. A
 * {@code #} or {@code @} inside a word (C#, an e-mail address, a URL fragment) is plain text.
 */
public final class PostText {

    public static final int MAX_LENGTH = 5000;
    static final int MAX_TOPIC_LENGTH = 100;

    private static final Pattern TOPIC = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_&/#@])#([\\p{L}\\p{N}\\p{M}_]+)");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])@([A-Za-z0-9._-]{2,30})");
    private static final Pattern TOPIC_NAME = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]*\\p{L}[\\p{L}\\p{N}\\p{M}_]*");

    private PostText() {
    }

    public static Set<String> topics(String body) {
        Set<String> topics = new LinkedHashSet<>();
        Matcher matcher = TOPIC.matcher(body);
        while (matcher.find()) {
            normaliseTopic(matcher.group(1)).ifPresent(topics::add);
        }
        return topics;
    }

    /** Usernames written as {@code @name}; whether they are real accounts is for the caller to check. */
    public static Set<String> mentionedUsernames(String body) {
        Set<String> usernames = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            // A mention at the end of a sentence: "vraag het @jan." means jan.
            while (name.endsWith(".") || name.endsWith("-")) {
                name = name.substring(0, name.length() - 1);
            }
            if (name.length() >= 2) {
                usernames.add(name);
            }
        }
        return usernames;
    }

    /** A topic as stored (NFC, lower case, without '#'), or empty when it is not a valid topic. */
    public static Optional<String> normaliseTopic(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        String text = topic.strip();
        if (text.startsWith("#")) {
            text = text.substring(1);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > MAX_TOPIC_LENGTH || !TOPIC_NAME.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
