package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.errors.Conflict;

/** Likes and unlikes; both idempotent, and the count moves only when something changed. */
@ApplicationScoped
public class LikePost {

    private final EntityManager entityManager;
    private final ReadablePosts readable;
    private final Clock clock;

    LikePost(EntityManager entityManager, ReadablePosts readable, Clock clock) {
        this.readable = readable;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public void like(long accountId, long postId) {
        Post post = readable.requireLocked(accountId, postId);
        if (post.deleted) {
            throw new Conflict("This post was removed.");
        }
        int added = entityManager.createNativeQuery("""
                insert into post_like (post_id, account_id, created_at) values (?1, ?2, ?3) on conflict do nothing""")
                .setParameter(1, post.id).setParameter(2, accountId)
                .setParameter(3, clock.instant().truncatedTo(ChronoUnit.MICROS)).executeUpdate();
        adjust(post.id, added);
    }

    @Transactional
    public void unlike(long accountId, long postId) {
        Post post = readable.requireLocked(accountId, postId);
        if (post.deleted) {
            return; // its likes stay as they were for the legal archive
        }
        int removed = entityManager.createNativeQuery("delete from post_like where post_id = ?1 and account_id = ?2")
                .setParameter(1, post.id).setParameter(2, accountId).executeUpdate();
        adjust(post.id, -removed);
    }

    private void adjust(long postId, int delta) {
        if (delta != 0) {
            entityManager.createNativeQuery("update post set like_count = like_count + ?2 where id = ?1")
                    .setParameter(1, postId).setParameter(2, delta).executeUpdate();
        }
    }
}
