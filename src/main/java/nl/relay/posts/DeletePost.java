package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.relay.platform.errors.NotAllowed;

/**
 * The author or an admin removes a post: its text, history, topics, mentions and likes go; a
 * tombstone stays so that the replies keep their place in the thread.
 */
@ApplicationScoped
public class DeletePost {

    private final PostWords words;
    private final EntityManager entityManager;
    private final ReadablePosts readable;

    DeletePost(PostWords words, EntityManager entityManager, ReadablePosts readable) {
        this.readable = readable;
        this.words = words;
        this.entityManager = entityManager;
    }

    @Transactional
    public void delete(long callerId, boolean callerIsAdmin, long postId) {
        Post post = readable.requireLocked(callerId, postId);
        if (!PostAuthority.mayRemove(post.authorId == callerId, callerIsAdmin)) {
            throw new NotAllowed("Only the author or an admin can remove a post.");
        }
        if (post.deleted) {
            return;
        }
        post.deleted = true;
        post.body = null;
        post.likeCount = 0;
        words.forget(post.id);
        // Timeline entries stay: the feeds skip removed posts, and finding them by post would need an index
        // on a table of tens of millions of rows.
        // Its words leave the search index with its text.
        entityManager.createNativeQuery("update post set search_terms = null where id = ?1").setParameter(1, post.id)
                .executeUpdate();
        entityManager.createNativeQuery("delete from post_version where post_id = ?1").setParameter(1, post.id)
                .executeUpdate();
        entityManager.createNativeQuery("delete from post_like where post_id = ?1").setParameter(1, post.id)
                .executeUpdate();
    }
}
