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
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])@([A-Za-z0-9._-]+)");
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

    /**
     * Usernames written as {@code @name}, each with the name as written and, when it ends in '.' or
     * '-' (the end of a sentence: "vraag het @jan."), without them; which one is a real account is
     * for the caller to check, the name as written first.
     */
    public static Set<Mention> mentions(String body) {
        Set<Mention> mentions = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            String written = matcher.group(1).toLowerCase(Locale.ROOT);
            String trimmed = written.replaceAll("[.-]+$", "");
            if (written.length() <= 30 || trimmed.length() <= 30) {
                mentions.add(new Mention(written.length() <= 30 ? written : null,
                        trimmed.length() >= 2 && !trimmed.equals(written) ? trimmed : null));
            }
        }
        return mentions;
    }

    /** A mention as written, and the same without trailing punctuation (either may be null). */
    public record Mention(String asWritten, String withoutPunctuation) {
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
