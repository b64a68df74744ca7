package nl.relay.mailinglist;

/**
 * What a mailing-list mail says: from which list ({@code label}: the group's name or the #topic), its
 * subject line (the post's first line, or "Re: " and its thread's first line for a reply), who wrote it and the
 * whole text, whether the reader is addressed in it (a must-read), and where to read it and change the setting.
 */
public record ListMailContent(String label, String subjectLine, String authorName,
        String body, boolean reply, boolean addressed, String link, String settingsLink) {
}
