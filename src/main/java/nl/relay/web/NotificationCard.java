package nl.relay.web;

import java.util.List;
import nl.relay.notifications.NotificationGroup;

/** A notification entry on the page: its sentences, and its post (if any) as a short excerpt, not a card. */
public record NotificationCard(NotificationGroup group, String excerpt) {

    private static final int EXCERPT = 140;

    public static List<NotificationCard> of(List<NotificationGroup> groups) {
        return groups.stream().map(g -> new NotificationCard(g, g.post() == null || g.post().deleted()
                ? null
                : excerpt(g.post().body()))).toList();
    }

    /** The text on one line, cut after a word near {@value #EXCERPT} characters. */
    static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        if (line.length() <= EXCERPT) {
            return line;
        }
        int cut = line.lastIndexOf(' ', EXCERPT);
        return line.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).stripTrailing() + "…";
    }
}
