package nl.relay.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The mail for a mention, praise, reply, reminder or group notification, and for interest in a candidate, a match and a
 * referral, for a retention warning, an accepted answer, a question's reminder and an announcement: to someone who wants each one by mail, only while it is unread, and at most one per thread until they
 * read it. A mention or reply is not mailed when the post reached the person by a mailing-list mail already.
 */
@ApplicationScoped
class NewsLetters implements NotificationLetters {

    private static final Set<String> TYPES = Set.of("mention", "praise", "reply", "reminder", "group", "interest",
            "match", "referral", MailContent.RETENTION, "accepted", "question", "announcement", "moderation");

    /** The news of a post itself, which a mailing-list mail of that post tells as well. */
    private static final Set<String> POST_NEWS = Set.of("mention", "praise", "reply", "announcement");

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final MailLinks links;
    private final MailedPosts mailedPosts;

    NewsLetters(EntityManager entityManager, PostVisibility visibility, MailLinks links, MailedPosts mailedPosts) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.links = links;
        this.mailedPosts = mailedPosts;
    }

    @Override
    public boolean writes(String type) {
        return TYPES.contains(type);
    }

    /** The notification's facts, and who gets the mail. */
    private record News(MailRecipient to, long recipientId, Long postId, Long threadId, MailContent content) {
    }

    /** The notification's letter, or none when it was read, mailed or is no longer for mail. */
    @Override
    public Optional<Letter> letterFor(long notificationId) {
        Optional<News> found = NativeSql.select(entityManager, """
                select r.id as recipient_id, %s, n.type, actor.display_name as actor_name, p.body, p.thread_id,
                       g.name as group_name, n.group_event, n.must_read, p.id as post_id, p.kind as post_kind,
                       n.due_at, %s, %s
                from notification n
                join account r on r.id = n.recipient_id
                left join account actor on actor.id = n.actor_id
                left join post p on p.id = n.post_id
                left join relay_group g on g.id = n.group_id
                where n.id = :id and n.read_at is null and n.emailed_at is null and r.active
                  and r.email_delivery = 'instant' and (p.id is null or %s)"""
                .formatted(MailRecipient.COLUMNS, MailContent.RELATED_TITLE, MailContent.HIDDEN_REASON,
                        visibility.shownClause("p", "r.id")))
                .bind("id", notificationId)
                .first(row -> {
                    Long postId = row.nullableLong("post_id");
                    return new News(MailRecipient.of(row), row.longValue("recipient_id"), postId,
                            row.nullableLong("thread_id"),
                            new MailContent(row.text("recipient_name"), row.text("type"), row.text("actor_name"),
                                    MailContent.excerptFor(row.text("type"), row.text("body")),
                                    row.text("group_name"),
                                    row.text("group_event"), row.flag("must_read"),
                                    links.to(postId == null ? "/notifications" : "/posts/" + postId),
                                    links.to("/settings"), row.text("post_kind"), row.text("related_title"),
                                    MailContent.dueOn(row.instant("due_at")), row.text("hidden_reason")));
                });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        News news = found.get();
        // A retention warning or a hidden post is no news of a thread: it goes even when the thread was mailed already.
        boolean retention = MailContent.RETENTION.equals(news.content().type())
                || "moderation".equals(news.content().type());
        // News of a post the person had by mail from a mailing list already (or the reverse): one mail per post.
        boolean ofThePost = POST_NEWS.contains(news.content().type()) && news.postId() != null;
        if (ofThePost && !mailedPosts.claim(news.recipientId(), news.postId())) {
            return Optional.empty();
        }
        if (!retention && news.threadId() != null && !claimThread(news.recipientId(), news.threadId())) {
            if (ofThePost) {
                mailedPosts.release(news.recipientId(), news.postId());
            }
            return Optional.empty();
        }
        MailContent content = news.content();
        Letter.About about = news.postId() == null
                ? Letter.About.account(news.recipientId())
                : Letter.About.post(news.recipientId(), news.postId());
        return Optional.of(new Letter(news.to(), EmailTemplates.notificationSubject(content),
                EmailTemplates.notificationHtml(content), EmailTemplates.notificationText(content),
                "notification-" + notificationId, about));
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
