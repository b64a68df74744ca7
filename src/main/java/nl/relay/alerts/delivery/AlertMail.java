package nl.relay.alerts.delivery;

import java.util.List;
import nl.relay.notifications.mail.ReplyLink;

/** What an alert email says: one new match (instant), or a period's matches per alert (a digest). */
record AlertMail(String recipientName, List<AlertSection> alerts, String settingsLink) {

    /** How many posts the mail tells about, over all its alerts. */
    public long total() {
        return alerts.stream().mapToLong(AlertSection::total).sum();
    }

    /** One alert and its new posts; {@code total} counts them all, the list holds the first few. */
    record AlertSection(String name, String link, long total, List<Match> posts) {
    }

    /** One matching post; {@code reply} replies to it by mail, in a digest (else null). */
    record Match(String authorName, String excerpt, String link, ReplyLink reply) {
    }
}
