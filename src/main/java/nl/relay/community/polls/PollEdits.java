package nl.relay.community.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.errors.Conflict;

/**
 * Whether a poll's question may still be edited: only until the first vote, so nobody's vote ends up answering a
 * question they were not asked. Its options never change (an edit carries the body only).
 */
@ApplicationScoped
public class PollEdits {

    private final EntityManager entityManager;

    PollEdits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Refuses (409) to edit the question of a poll someone voted in; the caller holds the post's lock. */
    public void requireNoVotes(long postId) {
        boolean voted = (Boolean) entityManager
                .createNativeQuery("select exists (select 1 from poll_vote where post_id = ?1)")
                .setParameter(1, postId).getSingleResult();
        if (voted) {
            throw new Conflict("Someone voted in this poll: its question can no longer be edited.");
        }
    }
}
