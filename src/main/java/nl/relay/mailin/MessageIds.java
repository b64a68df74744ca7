package nl.relay.mailin;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-IDs as Relay keeps and compares them: without angle brackets and white space, at most 500 characters. The
 * one reading of Message-ID, In-Reply-To and References, for the mail as it arrives and as it is read.
 */
public final class MessageIds {

    /** Longer is not a Message-ID anyone sends; cut so one odd header cannot bloat the unique index. */
    private static final int MAX_LENGTH = 500;

    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>]+)>");

    private MessageIds() {
    }

    /** The first Message-ID header's id of a raw mail, or null when it has none (or its header cannot be read). */
    public static String of(byte[] raw) {
        try {
            return first(new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Message-ID", null));
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The first id of a header value; null when it holds none. */
    public static String first(String value) {
        List<String> ids = all(value);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    /**
     * The ids of a header value, in order: those in angle brackets, or, when it has none, its words (some mailers
     * leave the brackets off); empty when it holds none.
     */
    public static List<String> all(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = ANGLE_ID.matcher(value);
        while (matcher.find()) {
            add(ids, matcher.group(1));
        }
        if (ids.isEmpty()) {
            Arrays.stream(value.strip().split("\\s+")).forEach(word -> add(ids, word.replaceAll("[<>]", "")));
        }
        return ids;
    }

    private static void add(List<String> ids, String text) {
        String id = text.replaceAll("\\s+", "");
        if (!id.isEmpty()) {
            ids.add(id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id);
        }
    }
}
