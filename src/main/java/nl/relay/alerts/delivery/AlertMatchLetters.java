package nl.relay.alerts.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.notifications.mail.Letter;
import nl.relay.notifications.mail.MailLinks;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailText;
import nl.relay.notifications.mail.NotificationLetters;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The mail for one instant alert match: sent when the alert still mails, the person still receives the
 * alert and may read the post, and has not turned email off.
 */
@ApplicationScoped
class AlertMatchLetters implements NotificationLetters {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final MailLinks links;

    AlertMatchLetters(EntityManager entityManager, PostVisibility visibility, MailLinks links) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.links = links;
    }

    @Override
    public boolean writes(String type) {
        return "alert".equals(type);
    }

    @Override
    public Optional<Letter> letterFor(long notificationId) {
        return NativeSql
                .select(entityManager,
                        """
                                select %s, r.id as recipient_id, al.id as alert_id, al.name as alert_name, actor.display_name as author_name, p.body,
                                       p.id as post_id
                                from notification n
                                join account r on r.id = n.recipient_id
                                join alert al on al.id = n.alert_id
                                join post p on p.id = n.post_id
                                join account actor on actor.id = p.author_id
                                where n.id = :id and n.emailed_at is null and r.active
                                  and r.email_delivery <> 'off' and 'email' = any(al.channels)
                                  and %s and %s"""
                                .formatted(MailRecipient.COLUMNS,
                                        AlertRecipients.receives("al", "r.id"), visibility.shownClause("p", "r.id")))
                .bind("id", notificationId)
                .first(row -> {
                    AlertMail.Match match = new AlertMail.Match(row.text("author_name"),
                            MailText.excerpt(row.text("body")), links.to("/posts/" + row.longValue("post_id")), null);
                    AlertMail content = new AlertMail(row.text("recipient_name"), List.of(new AlertMail.AlertSection(
                            row.text("alert_name"), links.to("/alerts/" + row.longValue("alert_id")), 1,
                            List.of(match))), links.to("/settings"));
                    return new Letter(MailRecipient.of(row), AlertEmails.alertSubject(content),
                            AlertEmails.alertHtml(content), AlertEmails.alertText(content), "alert-" + notificationId,
                            Letter.About.post(row.longValue("recipient_id"), row.longValue("post_id")));
                });
    }
}
