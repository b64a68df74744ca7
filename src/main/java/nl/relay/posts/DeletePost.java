package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.database.RowLocks;
import nl.relay.platform.errors.NotAllowed;

/**
 * The author or an admin removes a post: it leaves every reader's sight (its text, history, topics, mentions,
 * likes and search words), and a tombstone stays so that the replies keep their place in the thread. What was
 * said stays for the legal archive (the admins' export), with who removed it and when.
 */
@ApplicationScoped
public class DeletePost {

    private final PostWords words;
    private final EntityManager entityManager;
    private final ReadablePosts readable;
    private final Clock clock;

    DeletePost(PostWords words, EntityManager entityManager, ReadablePosts readable, Clock clock) {
        this.readable = readable;
        this.words = words;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public void delete(long callerId, boolean callerIsAdmin, long postId) {
        Post post = readable.require(callerId, postId);
        if (post.threadId != post.id) {
            // The thread's root first, as every writer of posts locks it before a reply in it: removing the accepted
            // answer reopens its question, and must not wait crosswise on a reply to it or on a choice being made.
            RowLocks.locked(Post.class, post.threadId);
        }
        post = readable.requireLocked(callerId, postId);
        if (!PostAuthority.mayRemove(post.authorId == callerId, callerIsAdmin)) {
            throw new NotAllowed("Only the author or an admin can remove a post.");
        }
        if (post.deleted) {
            return;
        }
        post.deleted = true;
        post.body = null;
        post.likeCount = 0;
        post.removedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        post.removedBy = callerId;
        words.forget(post.id);
        // Timeline entries stay: the feeds skip removed posts, and finding them by post would need an index
        // on a table of tens of millions of rows.
        // Its words leave the search index with its text.
        entityManager.createNativeQuery("update post set search_terms = null where id = ?1").setParameter(1, post.id)
                .executeUpdate();
        // A removed reply is no accepted answer any more: its question is open again.
        entityManager.createNativeQuery("update post set accepted_answer_id = null, accepted_at = null, "
                + "accepted_by = null where id = ?1 and accepted_answer_id = ?2")
                .setParameter(1, post.threadId).setParameter(2, post.id).executeUpdate();
        // Its versions and likes stay in their tables for the legal archive; readers never see them again (the
        // history and the like state of a removed post answer nothing).
    }
}
