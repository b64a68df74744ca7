package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.relay.platform.OutboxHandler;
import nl.relay.posts.PostVisibility;

/**
 * Outbox job: one person's digest, their unread notifications since the last one and the busiest
 * threads among the people and topics they follow, only when there is something new. Sent once: the
 * Message-ID names the person and the period.
 */
@ApplicationScoped
class EmailDigest implements OutboxHandler {

    private static final int NOTIFICATIONS = 20;
    private static final int THREADS = 5;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final MailSender mailer;
    private final MailLinks links;

    EmailDigest(EntityManager entityManager, PostVisibility visibility, MailSender mailer, MailLinks links) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.mailer = mailer;
        this.links = links;
    }

    @Override
    public String kind() {
        return SendDigests.KIND;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handle(long accountId, String payload) {
        List<Object[]> accounts = entityManager.createNativeQuery("select email, display_name, language from account "
                + "where id = ?1 and active and email_delivery = 'digest'").setParameter(1, accountId).getResultList();
        if (accounts.isEmpty()) {
            return;
        }
        String[] window = payload.split("-");
        Instant since = Instant.ofEpochMilli(Long.parseLong(window[0]));
        Instant until = Instant.ofEpochMilli(Long.parseLong(window[1]));
        List<MailContent> unread = unread(accountId, since, until);
        List<DigestThread> threads = busiest(accountId, since, until);
        if (unread.isEmpty() && threads.isEmpty()) {
            return;
        }
        Object[] account = accounts.get(0);
        Locale locale = Locale.forLanguageTag(account[2] == null ? "nl" : (String) account[2]);
        String name = (String) account[1];
        mailer.send((String) account[0], MailText.render(EmailTemplates.digestSubject(unread.size()), locale),
                MailText.render(EmailTemplates.digestHtml(name, unread, threads, links.to("/"),
                        links.to("/settings")), locale),
                MailText.render(EmailTemplates.digestText(name, unread, threads, links.to("/"),
                        links.to("/settings")), locale),
                links.messageId("digest-" + accountId + "-" + payload));
    }

    @SuppressWarnings("unchecked")
    private List<MailContent> unread(long accountId, Instant since, Instant until) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select n.type, actor.display_name, p.body, g.name, n.group_event, n.must_read, p.id
                from notification n
                left join account actor on actor.id = n.actor_id
                left join post p on p.id = n.post_id
                left join relay_group g on g.id = n.group_id
                where n.recipient_id = ?1 and n.type <> 'alert' and n.read_at is null and n.created_at > ?2
                  and n.created_at <= ?4
                  and (p.id is null or (not p.deleted and """ + visibility.readableClause("p", "n.recipient_id") + """
                ))
                order by n.id desc limit ?3""").setParameter(1, accountId).setParameter(2, since)
                .setParameter(3, NOTIFICATIONS).setParameter(4, until).getResultList();
        return rows.stream().map(r -> new MailContent("", (String) r[0], (String) r[1],
                MailText.excerpt((String) r[2]), (String) r[3], (String) r[4], (Boolean) r[5],
                r[6] == null ? links.to("/notifications") : links.to("/posts/" + ((Number) r[6]).longValue()), ""))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<DigestThread> busiest(long accountId, Instant since, Instant until) {
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        """
                                              select root.id, a.display_name, root.body, count(*) as replies
                                              from post reply
                                              join post root on root.id = reply.thread_id
                                              join account a on a.id = root.author_id
                                              where reply.in_reply_to is not null and reply.created_at > ?2 and reply.created_at <= ?4
                                and not reply.deleted
                                                and not root.deleted
                                                and (exists (select 1 from follow_account f where f.follower_id = ?1 and f.followee_id = root.author_id)
                                                     or exists (select 1 from follow_topic ft join post_topic t on t.topic = ft.topic
                                                                where ft.follower_id = ?1 and t.post_id = root.id))
                                                and """
                                + visibility.readableClause("root", "?1") + """

                                        group by root.id, a.display_name, root.body
                                        order by count(*) desc, root.id desc limit ?3""")
                .setParameter(1, accountId)
                .setParameter(2, since).setParameter(3, THREADS).setParameter(4, until).getResultList();
        return rows.stream().map(r -> new DigestThread((String) r[1], MailText.excerpt((String) r[2]),
                ((Number) r[3]).longValue(), links.to("/posts/" + ((Number) r[0]).longValue()))).toList();
    }

}
