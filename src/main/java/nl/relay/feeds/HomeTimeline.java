package nl.relay.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The precomputed part of each home feed: posts of followed accounts and topics, one row per
 * reader and post. Own posts and posts addressed to the reader are read from their own indexes
 * (see {@link HomeFeed}), so they show at once; the rest arrives through the outbox.
 */
@ApplicationScoped
public class HomeTimeline {

    /** How many earlier posts a new follow brings into the home feed. */
    static final int BACKFILL = 200;

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    HomeTimeline(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** Delivers a post to every follower of its author or of one of its topics who may read it. */
    int deliver(long postId) {
        return deliverAll(List.of(postId));
    }

    /**
     * Delivers several posts at once. Rows go in in key order, as in {@link #deliverTo}: two deliveries of one post
     * (its followers' and an announcement's audience) then never wait on each other's rows crosswise.
     */
    int deliverAll(List<Long> postIds) {
        return NativeSql.of(entityManager, """
                insert into timeline_entry (account_id, post_id)
                select r.account_id, p.id from post p
                cross join lateral (
                    select f.follower_id as account_id from follow_account f where f.followee_id = p.author_id
                    union
                    select f.follower_id from follow_topic f join post_topic t on t.topic = f.topic
                    where t.post_id = p.id
                ) r
                where p.id = any(cast(:posts as bigint[])) and """
                + visibility.shownClause("p", "r.account_id") + """
                        order by 1, 2
                        on conflict do nothing""")
                .bind("posts", postIds.toArray(Long[]::new))
                .query().executeUpdate();
    }

    /**
     * Delivers a post to these readers (an announcement's audience, a batch at a time), to those who may read it; in
     * one statement, and never twice.
     */
    public int deliverTo(long postId, List<Long> readerIds) {
        return NativeSql.of(entityManager, """
                insert into timeline_entry (account_id, post_id)
                select r.account_id, p.id from post p
                cross join unnest(cast(:readers as bigint[])) as r(account_id)
                where p.id = :post and """ + visibility.shownClause("p", "r.account_id") + """
                order by 1, 2
                on conflict do nothing""")
                .bind("post", postId)
                .bind("readers", readerIds.toArray(Long[]::new))
                .query().executeUpdate();
    }

    /**
     * A post lost a topic: readers who had it only through that topic lose it (each looked up by the
     * primary key, through the topic's followers).
     */
    void withdrawTopic(long postId, String topic) {
        entityManager.createNativeQuery("""
                delete from timeline_entry e using follow_topic f, post p
                where f.topic = ?2 and e.account_id = f.follower_id and e.post_id = ?1 and p.id = ?1
                and not exists (select 1 from follow_account a where a.follower_id = f.follower_id
                                and a.followee_id = p.author_id)
                and not exists (select 1 from post_topic t join follow_topic o on o.topic = t.topic
                                where t.post_id = ?1 and o.follower_id = f.follower_id)""")
                .setParameter(1, postId).setParameter(2, topic)
                .executeUpdate();
    }

    void backfillAuthor(long readerId, long authorId) {
        NativeSql.of(entityManager, """
                insert into timeline_entry (account_id, post_id)
                select :reader, p.id from post p
                where p.author_id = :author and """ + visibility.shownClause("p", ":reader") + """
                 order by p.id desc limit :limit
                on conflict do nothing""")
                .bind("reader", readerId).bind("author", authorId).bind("limit", BACKFILL)
                .query().executeUpdate();
    }

    void backfillTopic(long readerId, String topic) {
        NativeSql.of(entityManager, """
                insert into timeline_entry (account_id, post_id)
                select :reader, p.id from post_topic t join post p on p.id = t.post_id
                where t.topic = :topic and """ + visibility.shownClause("p", ":reader") + """
                 order by t.post_id desc limit :limit
                on conflict do nothing""")
                .bind("reader", readerId).bind("topic", topic).bind("limit", BACKFILL)
                .query().executeUpdate();
    }

    /** After an unfollow: drops the author's posts unless a followed topic still brings them. */
    void pruneAuthor(long readerId, long authorId) {
        NativeSql.of(entityManager, """
                delete from timeline_entry e using post p
                where e.account_id = :reader and p.id = e.post_id and p.author_id = :author
                and not exists (select 1 from post_topic t join follow_topic f on f.topic = t.topic
                                where t.post_id = p.id and f.follower_id = :reader)""")
                .bind("reader", readerId).bind("author", authorId)
                .query().executeUpdate();
    }

    /** After an unfollow: drops the topic's posts unless a followed author or another topic still brings them. */
    void pruneTopic(long readerId, String topic) {
        NativeSql.of(entityManager, """
                delete from timeline_entry e using post_topic t, post p
                where e.account_id = :reader and t.post_id = e.post_id and t.topic = :topic and p.id = e.post_id
                and not exists (select 1 from follow_account f where f.follower_id = :reader
                                and f.followee_id = p.author_id)
                and not exists (select 1 from post_topic o join follow_topic f on f.topic = o.topic
                                where o.post_id = p.id and f.follower_id = :reader)""")
                .bind("reader", readerId).bind("topic", topic)
                .query().executeUpdate();
    }
}
