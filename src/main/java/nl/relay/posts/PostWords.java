package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import nl.relay.platform.database.NativeSql;

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
        List<Long> mentioned = mentionedAccounts(PostText.mentions(body));
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

    /** Active accounts the text mentions: the name as written if it is one, else the name without punctuation. */
    /** The active accounts a body mentions (at most one query). */
    List<Long> mentionedAccounts(String body) {
        return mentionedAccounts(PostText.mentions(body));
    }

    private List<Long> mentionedAccounts(Set<PostText.Mention> mentions) {
        Set<String> candidates = new java.util.HashSet<>();
        mentions.forEach(m -> {
            if (m.asWritten() != null) {
                candidates.add(m.asWritten());
            }
            if (m.withoutPunctuation() != null) {
                candidates.add(m.withoutPunctuation());
            }
        });
        if (candidates.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Long> accounts = new java.util.HashMap<>();
        NativeSql.select(entityManager,
                "select username, id from account where username = any(cast(?1 as text[])) and active")
                .bind(1, candidates.toArray(String[]::new))
                .list(row -> new NamedAccount(row.text("username"), row.longValue("id")))
                .forEach(account -> accounts.put(account.username(), account.id()));
        java.util.Set<Long> mentioned = new java.util.LinkedHashSet<>();
        for (PostText.Mention mention : mentions) {
            Long id = mention.asWritten() == null ? null : accounts.get(mention.asWritten());
            if (id == null && mention.withoutPunctuation() != null) {
                id = accounts.get(mention.withoutPunctuation());
            }
            if (id != null) {
                mentioned.add(id);
            }
        }
        return List.copyOf(mentioned);
    }

    /** An active account, by the username a mention may name. */
    private record NamedAccount(String username, long id) {
    }

    void forget(long postId) {
        entityManager.createNativeQuery("delete from post_topic where post_id = ?1").setParameter(1, postId)
                .executeUpdate();
        entityManager.createNativeQuery("delete from post_mention where post_id = ?1").setParameter(1, postId)
                .executeUpdate();
    }
}
