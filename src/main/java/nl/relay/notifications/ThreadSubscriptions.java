package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.relay.posts.Post;
import nl.relay.posts.ReadablePosts;

/** Following a thread (replies notify me) or muting it (they never do), by any of its posts. */
@ApplicationScoped
public class ThreadSubscriptions {

    private final EntityManager entityManager;
    private final ReadablePosts readable;

    ThreadSubscriptions(EntityManager entityManager, ReadablePosts readable) {
        this.entityManager = entityManager;
        this.readable = readable;
    }

    @Transactional
    public void set(long readerId, long postId, boolean muted) {
        Post post = readable.require(readerId, postId);
        entityManager.createNativeQuery("""
                insert into thread_subscription (account_id, thread_id, muted) values (?1, ?2, ?3)
                on conflict (account_id, thread_id) do update set muted = excluded.muted""")
                .setParameter(1, readerId).setParameter(2, post.threadId).setParameter(3, muted).executeUpdate();
    }
}
