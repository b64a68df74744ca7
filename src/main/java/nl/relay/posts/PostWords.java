package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/**
 * Stores what a post's text refers to: its topics, and its mentions of existing, active accounts.
 * Replaces what was stored before, so an edit re-reads the text.
 */
@ApplicationScoped
class PostWords {

    private final EntityManager entityManager;

    PostWords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores topics and mentions of the body; returns the ids of accounts mentioned for the first time. */
    List<Long> store(long postId, String body) {
        Set<String> topics = PostText.topics(body);
        entityManager.createNativeQuery("delete from post_topic where post_id = ?1").setParameter(1, postId)
                .executeUpdate();
        if (!topics.isEmpty()) {
            entityManager
                    .createNativeQuery("insert into post_topic (post_id, topic) select ?1, unnest(cast(?2 as text[]))")
                    .setParameter(1, postId)
                    .setParameter(2, topics.toArray(String[]::new))
                    .executeUpdate();
        }
        Set<String> usernames = PostText.mentionedUsernames(body);
        @SuppressWarnings("unchecked")
        List<Number> kept = usernames.isEmpty()
                ? List.of()
                : entityManager.createNativeQuery("""
                        select id from account where username = any(cast(?1 as text[])) and active""")
                        .setParameter(1, usernames.toArray(String[]::new))
                        .getResultList();
        List<Long> mentioned = kept.stream().map(Number::longValue).toList();
        entityManager.createNativeQuery("delete from post_mention where post_id = ?1 and not (account_id = any(?2))")
                .setParameter(1, postId)
                .setParameter(2, mentioned.toArray(Long[]::new))
                .executeUpdate();
        if (mentioned.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> added = entityManager.createNativeQuery("""
                insert into post_mention (post_id, account_id) select ?1, unnest(cast(?2 as bigint[]))
                on conflict do nothing returning account_id""")
                .setParameter(1, postId)
                .setParameter(2, mentioned.toArray(Long[]::new))
                .getResultList();
        return added.stream().map(Number::longValue).toList();
    }

    void forget(long postId) {
        entityManager.createNativeQuery("delete from post_topic where post_id = ?1").setParameter(1, postId)
                .executeUpdate();
        entityManager.createNativeQuery("delete from post_mention where post_id = ?1").setParameter(1, postId)
                .executeUpdate();
    }
}
