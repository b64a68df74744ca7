package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.relay.community.polls.PollEdits;
import nl.relay.community.praise.PraiseRules;
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
    private final PollEdits polls;

    EditPost(PostWords words, Outbox outbox, EntityManager entityManager, Clock clock, ReadablePosts readable,
            PollEdits polls) {
        this.polls = polls;
        this.readable = readable;
        this.words = words;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The author's edit. The post of a candidate offer or a vacancy shows the profile behind it, so it is changed
     * through that profile (which calls {@link #rewriteProfile}), never by hand: the two would drift apart.
     */
    @Transactional
    public Post edit(long editorId, long postId, PostEdit request) {
        boolean profile = (Boolean) entityManager.createNativeQuery("""
                select exists (select 1 from candidate where post_id = ?1)
                    or exists (select 1 from vacancy where post_id = ?1)""").setParameter(1, postId)
                .getSingleResult();
        if (profile) {
            Post post = readable.require(editorId, postId);
            if (!PostAuthority.mayEdit(post.authorId == editorId)) {
                throw new NotAllowed("Only the author can edit a post.");
            }
            throw new Conflict("This post shows a candidate offer or a vacancy: change it on the candidate's or the "
                    + "vacancy's own page, and its post follows.");
        }
        return rewriteProfile(editorId, postId, request);
    }

    /** Rewrites a post, also one that shows a candidate's or a vacancy's profile (its text changed with it). */
    @Transactional
    public Post rewriteProfile(long editorId, long postId, PostEdit request) {
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
        if (PostKind.PRAISE.toString().equals(post.kind)) {
            PraiseRules.check(post.authorId, body, words.mentionedAccounts(body));
        } else if (PostKind.POLL.toString().equals(post.kind)) {
            polls.requireNoVotes(post.id);
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
