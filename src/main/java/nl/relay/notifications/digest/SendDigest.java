package nl.relay.notifications.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.notifications.mail.Letter;
import nl.relay.notifications.mail.MailLinks;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailSender;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.outbox.OutboxHandler;

/**
 * Outbox job: one person's daily or weekly digest mail, with a part from each {@link DigestSection} that has
 * something for the period; nothing is sent for a quiet period or to someone who turned email off. Sent
 * once: the Message-ID names the person, the frequency and the period. Replyable when it is about one thread.
 */
@ApplicationScoped
class SendDigest implements OutboxHandler<DigestDue> {

    private final EntityManager entityManager;
    private final List<DigestSection> sections;
    private final MailSender mailer;
    private final MailLinks links;

    SendDigest(EntityManager entityManager, Instance<DigestSection> sections, MailSender mailer, MailLinks links) {
        this.entityManager = entityManager;
        this.sections = sections.stream().toList();
        this.mailer = mailer;
        this.links = links;
    }

    @Override
    public String name() {
        return "digest.email";
    }

    @Override
    public Class<DigestDue> takes() {
        return DigestDue.class;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    @Override
    public void handle(DigestDue due) {
        Optional<MailRecipient> recipient = NativeSql.select(entityManager, "select " + MailRecipient.COLUMNS
                + " from account r where r.id = :id and r.active and r.email_delivery <> 'off'")
                .bind("id", due.accountId()).first(MailRecipient::of);
        if (recipient.isEmpty()) {
            return;
        }
        MailRecipient to = recipient.get();
        List<DigestPart.Rendered> parts = sections.stream().map(section -> section.part(due, to))
                .flatMap(Optional::stream).map(part -> part.render(to)).toList();
        if (parts.isEmpty()) {
            return;
        }
        mailer.send(new Letter(to, DigestTemplates.digestSubject(parts),
                DigestTemplates.digestHtml(to.name(), parts, links.to("/"), links.to("/settings")),
                DigestTemplates.digestText(to.name(), parts, links.to("/"), links.to("/settings")),
                "digest-" + due.accountId() + "-" + due.frequency() + "-" + due.since().toEpochMilli() + "-"
                        + due.until().toEpochMilli(),
                about(due.accountId(), parts)));
    }

    /**
     * A digest about one thread only is answered like a notification mail: its Reply-To goes to its one post, or,
     * when it tells about several posts of that thread, to the thread's first. A digest about several threads gets
     * none (each of its posts has a link for replying by mail instead).
     */
    private Letter.About about(long accountId, List<DigestPart.Rendered> parts) {
        Long[] posts = parts.stream().flatMap(part -> part.posts().stream()).distinct().toArray(Long[]::new);
        if (posts.length == 0) {
            return Letter.About.account(accountId);
        }
        List<Long> threads = NativeSql.select(entityManager,
                "select distinct thread_id from post where id = any(cast(:posts as bigint[]))")
                .bind("posts", posts).list(row -> row.longValue("thread_id"));
        if (threads.size() != 1) {
            return Letter.About.account(accountId);
        }
        return Letter.About.post(accountId, posts.length == 1 ? posts[0] : threads.get(0));
    }
}
