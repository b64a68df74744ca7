package nl.relay.notifications.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.relay.notifications.mail.MailContent;
import nl.relay.notifications.mail.MailLinks;
import nl.relay.notifications.mail.MailRecipient;
import nl.relay.notifications.mail.MailText;
import nl.relay.notifications.mail.ReplyLink;
import nl.relay.notifications.mail.ReplyLinks;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The digest's part for someone who takes their notifications as a digest: their unread notifications of
 * the period and the busiest threads among the people and topics they follow, when there is something new; each
 * about a post with a link for replying to it by mail.
 */
@ApplicationScoped
class NewsDigest implements DigestSection {

    private static final int NOTIFICATIONS = 20;
    private static final int THREADS = 5;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final MailLinks links;
    private final ReplyLinks replies;

    NewsDigest(EntityManager entityManager, PostVisibility visibility, MailLinks links, ReplyLinks replies) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.links = links;
        this.replies = replies;
    }

    @Override
    public String subscribers() {
        return "select id as account_id, digest_frequency as frequency from account "
                + "where active and email_delivery = 'digest'";
    }

    @Override
    public Optional<DigestPart> part(DigestDue due, MailRecipient to) {
        boolean takes = !entityManager.createNativeQuery("select 1 from account where id = ?1 "
                + "and email_delivery = 'digest' and digest_frequency = ?2").setParameter(1, due.accountId())
                .setParameter(2, due.frequency()).getResultList().isEmpty();
        if (!takes) {
            return Optional.empty();
        }
        List<Item<DigestNews>> unread = unread(due);
        List<Item<DigestThread>> threads = busiest(due);
        if (unread.isEmpty() && threads.isEmpty()) {
            return Optional.empty();
        }
        List<DigestNews> news = unread.stream().map(Item::shown).toList();
        List<DigestThread> busy = threads.stream().map(Item::shown).toList();
        List<Long> posts = Stream.concat(unread.stream(), threads.stream()).map(Item::postId)
                .filter(Objects::nonNull).distinct().toList();
        return Optional.of(new DigestPart(DigestTemplates.newsDigestSubject(news.size()),
                DigestTemplates.newsDigestHtml(news, busy), DigestTemplates.newsDigestText(news, busy), posts));
    }

    /** What the digest shows, and the post it is about (null for none). */
    private record Item<T>(T shown, Long postId) {
    }

    private ReplyLink replyLink(DigestDue due, Long postId, String body) {
        return postId == null ? null : replies.to(due.accountId(), postId, body).orElse(null);
    }

    private List<Item<DigestNews>> unread(DigestDue due) {
        return NativeSql.select(entityManager, """
                select n.type, actor.display_name as actor_name, p.body, g.name as group_name, n.group_event,
                       n.must_read, p.id as post_id, p.kind as post_kind, n.due_at, %s, %s
                from notification n
                left join account actor on actor.id = n.actor_id
                left join post p on p.id = n.post_id
                left join relay_group g on g.id = n.group_id
                where n.recipient_id = :account and n.type <> 'alert' and n.read_at is null
                  and n.created_at > :since and n.created_at <= :until
                  and (p.id is null or %s)
                order by n.id desc limit :limit""".formatted(MailContent.RELATED_TITLE, MailContent.HIDDEN_REASON,
                visibility.shownClause("p", "n.recipient_id")))
                .bind("account", due.accountId()).bind("since", due.since()).bind("until", due.until())
                .bind("limit", NOTIFICATIONS)
                .list(row -> {
                    Long postId = row.nullableLong("post_id");
                    MailContent mail = new MailContent("", row.text("type"), row.text("actor_name"),
                            MailContent.excerptFor(row.text("type"), row.text("body")), row.text("group_name"),
                            row.text("group_event"),
                            row.flag("must_read"), links.to(postId == null ? "/notifications" : "/posts/" + postId),
                            "", row.text("post_kind"), row.text("related_title"),
                            MailContent.dueOn(row.instant("due_at")), row.text("hidden_reason"));
                    return new Item<>(new DigestNews(mail, replyLink(due, postId, row.text("body"))), postId);
                });
    }

    private List<Item<DigestThread>> busiest(DigestDue due) {
        return NativeSql.select(entityManager, """
                select root.id, a.display_name as author_name, root.body, count(*) as replies
                from post reply
                join post root on root.id = reply.thread_id
                join account a on a.id = root.author_id
                where reply.in_reply_to is not null and reply.created_at > :since and reply.created_at <= :until
                  and not reply.deleted
                  and (exists (select 1 from follow_account f where f.follower_id = :account
                                                              and f.followee_id = root.author_id)
                       or exists (select 1 from follow_topic ft join post_topic t on t.topic = ft.topic
                                  where ft.follower_id = :account and t.post_id = root.id))
                  and %s
                group by root.id, a.display_name, root.body
                order by count(*) desc, root.id desc limit :limit""".formatted(
                visibility.shownClause("root", ":account")))
                .bind("account", due.accountId()).bind("since", due.since()).bind("until", due.until())
                .bind("limit", THREADS)
                .list(row -> new Item<>(new DigestThread(row.text("author_name"), MailText.excerpt(row.text("body")),
                        row.longValue("replies"), links.to("/posts/" + row.longValue("id")),
                        replyLink(due, row.longValue("id"), row.text("body"))), row.longValue("id")));
    }
}
