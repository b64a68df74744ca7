package nl.relay.notifications.mail;

/**
 * What one notification email says: for whom, about what, and where to read it. The templates
 * (templates/emails/) turn it into a subject, an HTML part (escaped) and a plain-text part.
 */
public record MailContent(String recipientName, String type, String actorName, String excerpt, String groupName,
        String groupEvent, boolean mustRead, String link, String settingsLink) {
}
