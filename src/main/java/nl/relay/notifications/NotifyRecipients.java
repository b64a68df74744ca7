package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostVisibility;
import nl.relay.posts.PostWritten;

/**
 * Outbox job for a new or edited post: a must-read "mention" for everyone it addresses, and a "reply"
 * (a "praise" instead, for the people a praise post thanks) for the people in its thread (its starter, everyone who replied, and those following it) unless they
 * muted it or were addressed anyway. Never to the author, never to someone who may not read the post.
 * One query per batch of posts; the unique index makes a retried or repeated job notify nobody twice.
 */
@ApplicationScoped
class NotifyRecipients implements OutboxHandler<PostWritten> {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final WriteNotifications notifications;

    NotifyRecipients(EntityManager entityManager, PostVisibility visibility, WriteNotifications notifications) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "post.notify";
    }

    @Override
    public Class<PostWritten> takes() {
        return PostWritten.class;
    }

    @Override
    public void handle(PostWritten message) {
        handleAll(List.of(message));
    }

    /**
     * All the batch's new posts in one query, its edited posts in another (an edit notifies only the people
     * it newly addresses, not the thread again).
     */
    @Override
    public void handleAll(List<PostWritten> messages) {
        Long[] edited = messages.stream().filter(m -> m instanceof PostWritten.PostEdited)
                .map(PostWritten::postId).distinct().toArray(Long[]::new);
        Long[] fresh = messages.stream().filter(m -> m instanceof PostWritten.PostPublished)
                .map(PostWritten::postId).distinct().toArray(Long[]::new);
        if (fresh.length > 0) {
            notifications.write(recipients(fresh, false));
        }
        if (edited.length > 0) {
            notifications.write(recipients(edited, true));
        }
    }

    private List<NewNotification> recipients(Long[] postIds, boolean addressedOnly) {
        return NativeSql.select(entityManager, query(addressedOnly)).bind("posts", postIds)
                .list(row -> switch (row.text("type")) {
                    case "mention" -> NewNotification.mention(row.longValue("recipient_id"), row.longValue("post_id"),
                            row.longValue("author_id"));
                    case "praise" -> NewNotification.praise(row.longValue("recipient_id"), row.longValue("post_id"),
                            row.longValue("author_id"));
                    default -> NewNotification.reply(row.longValue("recipient_id"), row.longValue("post_id"),
                            row.longValue("author_id"));
                });
    }

    private String query(boolean addressedOnly) {
        String readable = visibility.readableClause("p", "r.account_id");
        return """
                with p as (select * from post where id = any(cast(:posts as bigint[])) and not deleted),
                addressed as (
                    select m.post_id, m.account_id from post_mention m join p on p.id = m.post_id
                    where m.account_id <> p.author_id),
                thread_people as (
                    -- who wrote in the thread before this reply: someone who replied later was not there yet
                    select p.id as post_id, q.author_id as account_id from post q join p on q.thread_id = p.thread_id
                    where p.in_reply_to is not null and q.id < p.id and not q.deleted and not %2$s
                    union
                    select p.id, s.account_id from thread_subscription s join p on s.thread_id = p.thread_id
                    where p.in_reply_to is not null and not s.muted and not %2$s)
                select r.account_id as recipient_id,
                       case when p.kind = 'praise' then 'praise' else 'mention' end as type, p.id as post_id,
                       p.author_id
                from addressed r join p on p.id = r.post_id
                where %1$s
                union all
                select r.account_id, 'reply', p.id, p.author_id from thread_people r join p on p.id = r.post_id
                where r.account_id <> p.author_id
                  and not exists (select 1 from addressed x where x.post_id = p.id and x.account_id = r.account_id)
                  and not exists (select 1 from thread_subscription s
                                  where s.account_id = r.account_id and s.thread_id = p.thread_id and s.muted)
                  and %1$s
                """.formatted(readable, addressedOnly);
    }
}
