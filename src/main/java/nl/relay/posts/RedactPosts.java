package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import nl.relay.platform.database.NativeSql;

/**
 * Takes words out of what posts say, for an erasure on request: the text and every earlier version are rewritten in
 * place (no new version, no edit time, no notice to anyone), and the topics and mentions follow the new text.
 * Removed posts keep their versions for the legal archive, so those are rewritten too.
 */
@ApplicationScoped
public class RedactPosts {

    private final EntityManager entityManager;
    private final PostWords words;

    RedactPosts(EntityManager entityManager, PostWords words) {
        this.entityManager = entityManager;
        this.words = words;
    }

    /** What was rewritten: the posts whose text or any version changed, and how many versions changed. */
    public record Redacted(List<Long> posts, List<Long> bodies, int versions) {
    }

    /** Rewrites the text and versions of these posts (locked while it does) that {@code rewrite} changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Redacted redact(Collection<Long> postIds, UnaryOperator<String> rewrite) {
        if (postIds.isEmpty()) {
            return new Redacted(List.of(), List.of(), 0);
        }
        Long[] ids = postIds.stream().distinct().sorted().toArray(Long[]::new);
        List<Written> posts = NativeSql.select(entityManager,
                "select id, body, deleted from post where id = any(cast(:ids as bigint[])) order by id for update")
                .bind("ids", ids)
                .list(row -> new Written(row.longValue("id"), row.text("body"), row.flag("deleted")));
        TreeSet<Long> changed = new TreeSet<>();
        List<Long> bodies = new ArrayList<>();
        for (Written post : posts) {
            if (post.body() == null) {
                continue;
            }
            String body = rewrite.apply(post.body());
            if (!Objects.equals(body, post.body())) {
                entityManager.createNativeQuery("update post set body = ?2 where id = ?1")
                        .setParameter(1, post.id()).setParameter(2, body).executeUpdate();
                if (!post.deleted()) {
                    words.store(post.id(), body);
                } else {
                    // a removed post keeps its topics for the archive, but none the new text no longer has
                    entityManager.createNativeQuery(
                            "delete from post_topic where post_id = ?1 and not (topic = any(cast(?2 as text[])))")
                            .setParameter(1, post.id())
                            .setParameter(2, PostText.topics(body).toArray(String[]::new)).executeUpdate();
                }
                changed.add(post.id());
                bodies.add(post.id());
            }
        }
        List<VersionText> versions = NativeSql.select(entityManager,
                "select id, post_id, body from post_version where post_id = any(cast(:ids as bigint[])) order by id")
                .bind("ids", ids)
                .list(row -> new VersionText(row.longValue("id"), row.longValue("post_id"), row.text("body")));
        int versionsChanged = 0;
        for (VersionText version : versions) {
            String body = rewrite.apply(version.body());
            if (!body.equals(version.body())) {
                entityManager.createNativeQuery("update post_version set body = ?2 where id = ?1")
                        .setParameter(1, version.id()).setParameter(2, body).executeUpdate();
                changed.add(version.postId());
                versionsChanged++;
            }
        }
        return new Redacted(List.copyOf(changed), List.copyOf(bodies), versionsChanged);
    }

    private record Written(long id, String body, boolean deleted) {
    }

    private record VersionText(long id, long postId, String body) {
    }
}
