package nl.relay.notifications.mail;

/**
 * What one notification email says: for whom, about what, and where to read it. The templates
 * (templates/emails/) turn it into a subject, an HTML part (escaped) and a plain-text part. For a match,
 * {@code postKind} is the kind of the new post (candidate or vacancy) and {@code relatedTitle} the title of the
 * recipient's own vacancy or candidate it fits.
 */
public record MailContent(String recipientName, String type, String actorName, String excerpt, String groupName,
        String groupEvent, boolean mustRead, String link, String settingsLink, String postKind, String relatedTitle) {

    public MailContent(String recipientName, String type, String actorName, String excerpt, String groupName,
            String groupEvent, boolean mustRead, String link, String settingsLink) {
        this(recipientName, type, actorName, excerpt, groupName, groupEvent, mustRead, link, settingsLink, null, null);
    }

    /**
     * The SQL for {@code related_title}: the title of the candidate or vacancy whose post is the notification's
     * (under {@code n}) related post; none once that post was removed.
     */
    public static final String RELATED_TITLE = """
            (select coalesce((select c.title from candidate c where c.post_id = rt.id),
                             (select v.title from vacancy v where v.post_id = rt.id))
             from post rt where rt.id = n.related_post_id and not rt.deleted) as related_title""";
}
