package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.outbox.Outbox;

/** The author rewrites a post; every earlier version stays in its history. */
@ApplicationScoped
public class EditPost {

    private final PostWords words;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ReadablePosts readable;
    private final Clock clock;

    EditPost(PostWords words, Outbox outbox, EntityManager entityManager, Clock clock, ReadablePosts readable) {
        this.readable = readable;
        this.words = words;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Post edit(long editorId, long postId, PostEdit request) {
        Post post = readable.requireLocked(editorId, postId);
        if (!PostAuthority.mayEdit(post.authorId == editorId)) {
            throw new NotAllowed("Only the author can edit a post.");
        }
        if (post.deleted) {
            throw new Conflict("This post was removed.");
        }
        String body = PostBody.checked(request.body());
        if (body.equals(post.body)) {
            return post;
        }
        String previous = post.body;
        post.body = body;
        post.editedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("insert into post_version (post_id, body, edited_at) values (?1, ?2, ?3)")
                .setParameter(1, post.id)
                .setParameter(2, body)
                .setParameter(3, post.editedAt)
                .executeUpdate();
        java.util.Set<String> removedTopics = new java.util.TreeSet<>(
                PostText.topics(post.body == null ? "" : previous));
        removedTopics.removeAll(PostText.topics(body));
        words.store(post.id, body);
        // Delivery takes the post out of the feeds of those who only followed a topic it no longer has.
        outbox.send(new PostWritten.PostEdited(post.id, List.copyOf(removedTopics)));
        return post;
    }
}
