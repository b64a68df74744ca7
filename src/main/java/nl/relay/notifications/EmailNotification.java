package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import nl.relay.platform.OutboxHandler;
import nl.relay.posts.PostVisibility;

/**
 * Outbox job, run after the email delay: mails a notification that is still unread to someone who wants
 * mail right away, at most one per thread until they read it. If the mail server is down the job fails
 * and the outbox retries it with backoff; the Message-ID is the notification's, so every retry is the
 * same message and a receiving server can recognise a repeat.
 */
@ApplicationScoped
class EmailNotification implements OutboxHandler {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final MailSender mailer;
    private final MailLinks links;

    EmailNotification(EntityManager entityManager, PostVisibility visibility, MailSender mailer,
            MailLinks links) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.mailer = mailer;
        this.links = links;
    }

    @Override
    public String kind() {
        return EmailLater.KIND;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handle(long notificationId, String payload) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.id, r.email, r.display_name, r.language, n.type, actor.display_name, p.body, p.thread_id,
                       g.name, n.group_event, n.must_read, p.id
                from notification n
                join account r on r.id = n.recipient_id
                left join account actor on actor.id = n.actor_id
                left join post p on p.id = n.post_id
                left join relay_group g on g.id = n.group_id
                where n.id = ?1 and n.read_at is null and n.emailed_at is null and r.active
                  and r.email_delivery = 'instant' and (p.id is null or (not p.deleted and """
                + visibility.readableClause("p", "r.id") + ")) for update of n")
                .setParameter(1, notificationId).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = rows.get(0);
        long recipientId = ((Number) row[0]).longValue();
        Long threadId = row[7] == null ? null : ((Number) row[7]).longValue();
        if (threadId != null && !claimThread(recipientId, threadId)) {
            return;
        }
        MailContent content = new MailContent((String) row[2], (String) row[4], (String) row[5],
                MailText.excerpt((String) row[6]), (String) row[8], (String) row[9], (Boolean) row[10],
                row[11] == null ? links.to("/notifications") : links.to("/posts/" + ((Number) row[11]).longValue()),
                links.to("/settings"));
        Locale locale = Locale.forLanguageTag(row[3] == null ? "nl" : (String) row[3]);
        mailer.send((String) row[1], MailText.render(EmailTemplates.notificationSubject(content), locale),
                MailText.render(EmailTemplates.notificationHtml(content), locale),
                MailText.render(EmailTemplates.notificationText(content), locale),
                links.messageId("notification-" + notificationId));
        entityManager.createNativeQuery("update notification set emailed_at = now() where id = ?1")
                .setParameter(1, notificationId).executeUpdate();
    }

    /**
     * Claims the thread's one mail before sending: another instance mailing about the same thread waits on
     * this row and then finds it taken; if sending fails, the rollback frees it again.
     */
    private boolean claimThread(long recipientId, long threadId) {
        return entityManager.createNativeQuery("insert into mailed_thread (account_id, thread_id) values (?1, ?2) "
                + "on conflict do nothing").setParameter(1, recipientId).setParameter(2, threadId).executeUpdate() == 1;
    }
}
