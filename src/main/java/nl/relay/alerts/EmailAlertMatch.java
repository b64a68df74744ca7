package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.notifications.MailText;
import nl.relay.platform.OutboxHandler;
import nl.relay.posts.PostVisibility;

/**
 * Outbox job: mails one instant alert match right away, when the alert still mails, the person still
 * receives the alert and may read the post, and has not turned email off. If the mail server is down
 * the job fails and the outbox retries it; the Message-ID is the notification's, the same on every try.
 */
@ApplicationScoped
class EmailAlertMatch implements OutboxHandler {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final AlertMailer mailer;

    EmailAlertMatch(EntityManager entityManager, PostVisibility visibility, AlertMailer mailer) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.mailer = mailer;
    }

    @Override
    public String kind() {
        return DeliverAlertMatches.EMAIL;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handle(long notificationId, String payload) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select r.email, r.display_name, r.language, al.id, al.name, actor.display_name, p.body, p.id
                        from notification n
                        join account r on r.id = n.recipient_id
                        join alert al on al.id = n.alert_id
                        join post p on p.id = n.post_id
                        join account actor on actor.id = p.author_id
                        where n.id = ?1 and n.type = 'alert' and n.emailed_at is null and r.active
                          and r.email_delivery <> 'off' and 'email' = any(al.channels) and not p.deleted
                          and """ + AlertRecipients.receives("al", "r.id") + " and "
                        + visibility.readableClause("p", "r.id") + " for update of n")
                .setParameter(1, notificationId).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = rows.get(0);
        AlertMail.Match match = new AlertMail.Match((String) row[5], MailText.excerpt((String) row[6]),
                mailer.link("/posts/" + ((Number) row[7]).longValue()));
        AlertMail content = new AlertMail((String) row[1], List.of(new AlertMail.AlertSection((String) row[4],
                mailer.link("/alerts/" + ((Number) row[3]).longValue()), 1, List.of(match))), mailer.link("/settings"));
        mailer.send((String) row[0], (String) row[2], content, "instant", "alert-" + notificationId);
        entityManager.createNativeQuery("update notification set emailed_at = now() where id = ?1")
                .setParameter(1, notificationId).executeUpdate();
    }
}
