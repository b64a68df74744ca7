package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.OutboxHandler;
import nl.relay.posts.PostVisibility;
import nl.relay.posts.PublishPost;

/**
 * Outbox job for a new or edited post: a must-read "mention" for everyone it addresses, and a "reply"
 * for the people in its thread (its starter, everyone who replied, and those following it) unless they
 * muted it or were addressed anyway. Never to the author, never to someone who may not read the post.
 * One statement per post; the unique index makes a retried or repeated job notify nobody twice.
 */
@ApplicationScoped
class NotifyRecipients implements OutboxHandler {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final NotificationSignal signal;

    NotifyRecipients(EntityManager entityManager, PostVisibility visibility, NotificationSignal signal) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.signal = signal;
    }

    @Override
    public String kind() {
        return PublishPost.NOTIFY;
    }

    @Override
    public void handle(long postId, String payload) {
        notify(new Long[]{postId}, PublishPost.EDITED.equals(payload));
    }

    /**
     * All the batch's new posts in one statement, its edited posts in another (an edit notifies only the
     * people it newly addresses, not the thread again).
     */
    @Override
    public void handleAll(List<Task> tasks) {
        Long[] edited = tasks.stream().filter(t -> PublishPost.EDITED.equals(t.payload())).map(Task::subjectId)
                .distinct().toArray(Long[]::new);
        Long[] fresh = tasks.stream().filter(t -> !PublishPost.EDITED.equals(t.payload())).map(Task::subjectId)
                .distinct().toArray(Long[]::new);
        if (fresh.length > 0) {
            notify(fresh, false);
        }
        if (edited.length > 0) {
            notify(edited, true);
        }
    }

    private void notify(Long[] postIds, boolean addressedOnly) {
        Object[] range = (Object[]) entityManager.createNativeQuery(statement(addressedOnly))
                .setParameter("posts", postIds).getSingleResult();
        if (range[0] != null) {
            signal.announce(((Number) range[0]).longValue(), ((Number) range[1]).longValue());
        }
    }

    private String statement(boolean addressedOnly) {
        String readable = visibility.readableClause("p", "r.account_id");
        return """
                with p as (select * from post where id = any(cast(:posts as bigint[])) and not deleted),
                addressed as (
                    select m.post_id, m.account_id from post_mention m join p on p.id = m.post_id
                    join account a on a.id = m.account_id and a.active
                    where m.account_id <> p.author_id),
                mentions as (
                    insert into notification (recipient_id, type, post_id, actor_id, must_read)
                    select r.account_id, 'mention', p.id, p.author_id, true from addressed r join p on p.id = r.post_id
                    where %1$s
                    on conflict do nothing returning id),
                thread_people as (
                    -- who wrote in the thread before this reply: someone who replied later was not there yet
                    select p.id as post_id, q.author_id as account_id from post q join p on q.thread_id = p.thread_id
                    where p.in_reply_to is not null and q.id < p.id and not q.deleted and not %2$s
                    union
                    select p.id, s.account_id from thread_subscription s join p on s.thread_id = p.thread_id
                    where p.in_reply_to is not null and not s.muted and not %2$s),
                replies as (
                    insert into notification (recipient_id, type, post_id, actor_id)
                    select r.account_id, 'reply', p.id, p.author_id from thread_people r join p on p.id = r.post_id
                    where r.account_id <> p.author_id
                      and not exists (select 1 from addressed x where x.post_id = p.id and x.account_id = r.account_id)
                      and not exists (select 1 from thread_subscription s
                                      where s.account_id = r.account_id and s.thread_id = p.thread_id and s.muted)
                      and exists (select 1 from account a where a.id = r.account_id and a.active)
                      and %1$s
                    on conflict do nothing returning id)
                select min(id), max(id) from (select id from mentions union all select id from replies) written
                """.formatted(readable, addressedOnly);
    }
}
