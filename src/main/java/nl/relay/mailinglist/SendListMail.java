package nl.relay.mailinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import nl.relay.notifications.mail.Letter;
import nl.relay.notifications.mail.MailLinks;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailSender;
import nl.relay.notifications.mail.MailedPosts;
import nl.relay.notifications.mail.ReplyLinks;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostVisibility;

/**
 * Outbox job: mails one post to one subscriber of its group or topic, in their language, with the whole text, its
 * author and link, a Reply-To that makes the answer a reply under the post, and a List-Id. Asks again whether it
 * should go (they may have turned it off, left the group or lost access, or the post was removed meanwhile), and
 * sends nothing when the post reached them by mail already (the notification mail of a mention or reply: one mail
 * per person per post). The Message-ID names the post and the person, so every retry is the same message.
 */
@ApplicationScoped
class SendListMail implements OutboxHandler<ListMail> {

    private static final int LIST_ID_TOPIC = 40;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final MailSender mailer;
    private final MailLinks links;
    private final MailedPosts mailedPosts;

    SendListMail(EntityManager entityManager, PostVisibility visibility, MailSender mailer, MailLinks links,
            MailedPosts mailedPosts) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.mailer = mailer;
        this.links = links;
        this.mailedPosts = mailedPosts;
    }

    @Override
    public String name() {
        return "mailing-list.email";
    }

    @Override
    public Class<ListMail> takes() {
        return ListMail.class;
    }

    @Override
    public boolean reachesOutside() {
        return true;
    }

    /** The post and the person, as the mail tells them. */
    private record Found(MailRecipient to, Long groupId, String label, String topic, ListMailContent content) {
    }

    @Override
    public void handle(ListMail mail) {
        Optional<Found> found = find(mail);
        if (found.isEmpty() || !mailedPosts.claim(mail.accountId(), mail.postId())) {
            return;
        }
        Found post = found.get();
        mailer.send(new Letter(post.to(), ListMails.listSubject(post.content()), ListMails.listHtml(post.content()),
                ListMails.listText(post.content()), "list-" + mail.postId() + "-" + mail.accountId(),
                Letter.About.post(mail.accountId(), mail.postId()), listId(post)));
    }

    private Optional<Found> find(ListMail mail) {
        return NativeSql.select(entityManager, """
                select %s, p.id as post_id, p.body, p.in_reply_to, g.id as group_id, g.name as group_name,
                       a.display_name as author_name, root.body as root_body,
                       bool_or(s.group_id is not null) as by_group, min(s.topic) as topic,
                       exists (select 1 from post_mention m where m.post_id = p.id and m.account_id = r.id)
                           as addressed
                from post p
                join mail_subscription s on s.account_id = :account and %s
                join account r on r.id = s.account_id
                join account a on a.id = p.author_id
                join post root on root.id = p.thread_id
                left join relay_group g on g.id = p.group_id
                where p.id = :post and %s
                group by r.id, p.id, g.id, a.id, root.id""".formatted(MailRecipient.COLUMNS, ListReaders.CHOSE,
                ListReaders.mayReceive(visibility)))
                .bind("account", mail.accountId()).bind("post", mail.postId())
                .first(row -> {
                    boolean byGroup = row.flag("by_group");
                    String topic = row.text("topic");
                    String label = byGroup ? row.text("group_name") : "#" + topic;
                    boolean reply = row.nullableLong("in_reply_to") != null;
                    String subject = (reply ? "Re: " : "")
                            + ReplyLinks.firstLine(reply ? row.text("root_body") : row.text("body"));
                    return new Found(MailRecipient.of(row), byGroup ? row.nullableLong("group_id") : null, label,
                            topic, new ListMailContent(label, subject,
                                    row.text("author_name"), row.text("body"), reply, row.flag("addressed"),
                                    links.to("/posts/" + row.longValue("post_id")), links.to("/settings")));
                });
    }

    /** The list the mail comes from: the group, or the topic (as ASCII, else its digest), at Relay's host. */
    private String listId(Found post) {
        if (post.groupId() != null) {
            return "group-" + post.groupId() + "." + links.host();
        }
        String topic = post.topic();
        String name = topic.matches("[a-z0-9_]{1," + LIST_ID_TOPIC + "}") ? topic.replace('_', '-') : digest(topic);
        return "topic-" + name + "." + links.host();
    }

    private static String digest(String topic) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(topic.getBytes(StandardCharsets.UTF_8));
            return "x" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
