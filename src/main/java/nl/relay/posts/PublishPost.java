package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.directory.Client;
import nl.relay.directory.Sector;
import nl.relay.platform.InvalidInput;
import nl.relay.platform.Outbox;

/**
 * Publishes a post or a reply: checks what it refers to, stores it with its topics and mentions, and
 * records the delivery to followers' home feeds in the same transaction.
 */
@ApplicationScoped
public class PublishPost {

    /** Outbox task kind: deliver a new or edited post to the home feeds it belongs in. */
    public static final String FAN_OUT = "post.fan-out";

    private final PostWords words;
    private final PostVisibility visibility;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    PublishPost(PostWords words, PostVisibility visibility, Outbox outbox, EntityManager entityManager, Clock clock) {
        this.words = words;
        this.visibility = visibility;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Post publish(long authorId, NewPost request) {
        Post post = new Post();
        post.authorId = authorId;
        post.body = PostBody.checked(request.body());
        post.kind = (request.kind() == null ? PostKind.NOTE : request.kind()).toString();
        post.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Post parent = request.inReplyTo() == null ? null : parentFor(authorId, request.inReplyTo());
        attachDirectory(post, request);
        if (request.groupId() != null) {
            throw new InvalidInput("groupId", "is not a group you can post in");
        }
        post.id = ((Number) entityManager.createNativeQuery("select nextval('post_id_seq')").getSingleResult())
                .longValue();
        if (parent == null) {
            post.threadId = post.id;
        } else {
            post.inReplyTo = parent.id;
            post.threadId = parent.threadId;
            post.groupId = Post.<Post>findById(parent.threadId).groupId;
            // The root is locked already (parentFor); replies inherit its group.
            countReply(parent);
        }
        post.persist();
        entityManager.flush();
        words.store(post.id, post.body);
        entityManager.createNativeQuery("insert into post_version (post_id, body, edited_at) values (?1, ?2, ?3)")
                .setParameter(1, post.id)
                .setParameter(2, post.body)
                .setParameter(3, post.createdAt)
                .executeUpdate();
        outbox.record(FAN_OUT, post.id);
        return post;
    }

    /**
     * The post replied to, with its thread's root, both locked (root first, as every writer locks in
     * id order), so a reply never lands under a post removed at the same moment.
     */
    private Post parentFor(long authorId, long parentId) {
        Post parent = Post.findById(parentId);
        if (parent == null || !visibility.mayRead(authorId, parent)) {
            throw new InvalidInput("inReplyTo", "is not a post you can reply to");
        }
        Post.findById(parent.threadId, LockModeType.PESSIMISTIC_WRITE);
        entityManager.lock(parent, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(parent);
        if (parent.deleted) {
            throw new InvalidInput("inReplyTo", "was removed");
        }
        return parent;
    }

    private void attachDirectory(Post post, NewPost request) {
        if (request.clientId() != null) {
            Client client = Client.<Client>findByIdOptional(request.clientId())
                    .orElseThrow(() -> new InvalidInput("clientId", "is not a known client"));
            // The post's sector is the client's, looked up when shown, unless one is given explicitly.
            post.clientId = client.id;
        }
        if (request.sectorCode() != null) {
            post.sectorCode = Sector.byCode(request.sectorCode())
                    .orElseThrow(() -> new InvalidInput("sectorCode", "is not a known sector")).code;
        }
    }

    /** The root counts every reply in its thread; a reply counts its direct replies. */
    private void countReply(Post parent) {
        entityManager.createNativeQuery("update post set reply_count = reply_count + 1 where id in (?1, ?2)")
                .setParameter(1, parent.threadId)
                .setParameter(2, parent.id)
                .executeUpdate();
    }
}
