package nl.relay.notifications.mail;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What one notification email says: for whom, about what, and where to read it. The templates
 * (templates/emails/) turn it into a subject, an HTML part (escaped) and a plain-text part. For a match,
 * {@code postKind} is the kind of the new post (candidate or vacancy) and {@code relatedTitle} the title of the
 * recipient's own vacancy or candidate it fits; for a retention warning they are the recipient's own post's kind and
 * title, and {@code dueOn} the day (yyyy-mm-dd, Amsterdam) its person(s) will be anonymised; never who.
 */
public record MailContent(String recipientName, String type, String actorName, String excerpt, String groupName,
        String groupEvent, boolean mustRead, String link, String settingsLink, String postKind, String relatedTitle,
        String dueOn, String hiddenReason) {

    /**
     * The SQL for {@code related_title}: the title of the candidate or vacancy whose post is the notification's
     * (under {@code n}) related post; none once that post was removed.
     */
    public static final String RELATED_TITLE = """
            (select coalesce((select c.title from candidate c where c.post_id = rt.id),
                             (select v.title from vacancy v where v.post_id = rt.id))
             from post rt where rt.id = n.related_post_id and not rt.deleted) as related_title""";

    /**
     * The SQL for {@code hidden_reason}: for a moderation notification (under {@code n}, its post under {@code p}),
     * why the moderator hid the post; the recipient is its author, the only one who may know.
     */
    public static final String HIDDEN_REASON = """
            case when n.type = 'moderation' and p.author_id = n.recipient_id and p.hidden_at is not null
                 then p.hidden_reason end as hidden_reason""";

    /** A retention warning mails no excerpt: only the title, the link and the day. */
    public static final String RETENTION = "retention";

    /** The day a retention warning is due, as its mail names it; null for other notifications. */
    public static String dueOn(Instant dueAt) {
        return dueAt == null
                ? null
                : dueAt.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate().toString();
    }

    /** The excerpt a mail quotes: none for a retention warning. */
    public static String excerptFor(String type, String body) {
        return RETENTION.equals(type) ? null : MailText.excerpt(body);
    }
}
