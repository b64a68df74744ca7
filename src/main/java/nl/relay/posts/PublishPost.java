package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.relay.community.polls.StartPoll;
import nl.relay.community.praise.PraiseRules;
import nl.relay.platform.LimitsConfig;
import nl.relay.platform.RateLimit;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.outbox.Outbox;
import nl.relay.posts.attachments.AttachFiles;
import nl.relay.posts.attachments.IncomingFile;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Publishes a post or a reply: checks what it refers to, stores it with its topics and mentions, and
 * records in the same transaction that it was published (delivery to home feeds, notifications, alerts).
 * Every way to publish but mail-in counts against the author's {@code relay.limits.posts} (429 beyond); mail-in
 * is not limited here, since a mail already accepted cannot be asked to come back later.
 */
@ApplicationScoped
public class PublishPost {

    private final PostWords words;
    private final PostVisibility visibility;
    private final PostReferences references;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final AttachFiles attachFiles;
    private final StartPoll polls;
    private final RateLimit rateLimit;
    private final LimitsConfig limits;

    PublishPost(PostWords words, PostVisibility visibility, PostReferences references, Outbox outbox,
            EntityManager entityManager, Clock clock, AttachFiles attachFiles, StartPoll polls, RateLimit rateLimit,
            LimitsConfig limits) {
        this.polls = polls;
        this.attachFiles = attachFiles;
        this.rateLimit = rateLimit;
        this.limits = limits;
        this.words = words;
        this.visibility = visibility;
        this.references = references;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Publishes and returns the new post's id. An announcement is refused: it has its own way in. */
    @Transactional
    public long publish(long authorId, NewPost request) {
        refuseAnnouncement(request);
        takeLimit(authorId);
        return store(authorId, request);
    }

    /**
     * Publishes with files sent along (a form's file parts, refused under {@code field}); the post and its files are
     * stored together or not at all.
     */
    @Transactional
    public long publish(long authorId, NewPost request, String field, List<IncomingFile> files) {
        refuseAnnouncement(request);
        takeLimit(authorId);
        long id = store(authorId, request);
        attachFiles.attachNew(field, id, authorId, files);
        return id;
    }

    /** The same for a post that arrived by mail: not counted against the posting limit. */
    @Transactional
    public long publishMailed(long authorId, NewPost request, String field, List<IncomingFile> files) {
        refuseAnnouncement(request);
        long id = store(authorId, request);
        attachFiles.attachNew(field, id, authorId, files);
        return id;
    }

    private void takeLimit(long authorId) {
        rateLimit.take("post:" + authorId, limits.posts().windows());
    }

    /**
     * Publishes an announcement (as any post, in the group if one is named) and returns its id; who may announce,
     * and to whom it goes, is the caller's (nl.relay.community.announcements).
     */
    @Transactional
    public long publishAnnouncement(long authorId, String body, Long groupId) {
        takeLimit(authorId);
        return store(authorId, new NewPost(body, PostKind.ANNOUNCEMENT, groupId, null, null, null));
    }

    /** An announcement has its own way in: POST /api/announcements. */
    private static void refuseAnnouncement(NewPost request) {
        if (request.kind() == PostKind.ANNOUNCEMENT) {
            throw new InvalidInput("kind", "announcement: announcements are posted with POST /api/announcements");
        }
    }

    private long store(long authorId, NewPost request) {
        String body = PostBody.checked(request.body());
        Long clientId = references.client(request.clientId());
        String sectorCode = references.sector(request.sectorCode());
        PostKind kind = request.kind() == null ? PostKind.NOTE : request.kind();
        checkSignal(kind, request.signalType(), clientId);
        StartPoll.CheckedPoll poll = polls.check(kind, request.poll());
        List<Long> mentioned = words.mentionedAccounts(body);
        if (kind == PostKind.PRAISE) {
            PraiseRules.check(authorId, body, mentioned);
        }
        Post parent = request.inReplyTo() == null ? null : parentFor(authorId, request.inReplyTo());
        Long threadId = parent == null ? null : parent.threadId;
        Long groupId = parent == null
                ? references.groupToStartIn(authorId, request.groupId())
                : replyGroup(parent, request.groupId());
        long id = ((Number) entityManager.createNativeQuery(INSERT)
                .setParameter("author", authorId)
                .setParameter("body", body)
                .setParameter("kind", kind.toString())
                .setParameter("signalType", new TypedParameterValue<>(StandardBasicTypes.STRING,
                        request.signalType() == null ? null : request.signalType().toString()))
                .setParameter("groupId", new TypedParameterValue<>(StandardBasicTypes.LONG, groupId))
                .setParameter("clientId", new TypedParameterValue<>(StandardBasicTypes.LONG, clientId))
                .setParameter("sectorCode", new TypedParameterValue<>(StandardBasicTypes.STRING, sectorCode))
                .setParameter("parentId", new TypedParameterValue<>(StandardBasicTypes.LONG,
                        parent == null ? null : parent.id))
                .setParameter("threadId", new TypedParameterValue<>(StandardBasicTypes.LONG, threadId))
                .setParameter("created", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .setParameter("topics", PostText.topics(body).toArray(String[]::new))
                .setParameter("mentions", mentioned.toArray(Long[]::new))
                .getSingleResult()).longValue();
        if (parent != null) {
            countReply(parent);
        }
        if (poll != null) {
            polls.store(id, poll);
        }
        if (request.attachmentIds() != null) {
            attachFiles.attachUploaded("attachmentIds", id, authorId, request.attachmentIds());
        }
        outbox.send(new PostWritten.PostPublished(id));
        return id;
    }

    /**
     * The post with its topics, mentions and first version, in one statement: a post is
     * written in one round trip however many topics and mentions it has.
     */
    private static final String INSERT = """
            with n as (select nextval('post_id_seq') as id),
            p as (insert into post (id, author_id, body, kind, signal_type, group_id, client_id, sector_code,
                                    in_reply_to, thread_id, created_at)
                  select n.id, :author, :body, :kind, :signalType, :groupId, :clientId, :sectorCode, :parentId,
                         coalesce(:threadId, n.id), :created from n
                  returning id),
            t as (insert into post_topic (post_id, topic) select p.id, unnest(cast(:topics as text[])) from p),
            m as (insert into post_mention (post_id, account_id)
                  select p.id, unnest(cast(:mentions as bigint[])) from p),
            v as (insert into post_version (post_id, body, edited_at) select p.id, :body, :created from p)
            select id from p""";

    /** A client signal names its client and what changed there; only a signal has a signal type. */
    private static void checkSignal(PostKind kind, SignalType signalType, Long clientId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (kind == PostKind.SIGNAL && clientId == null) {
            errors.add(new Problem.FieldError("clientId", "is required for a signal: the client it is about"));
        }
        if (kind == PostKind.SIGNAL && signalType == null) {
            errors.add(new Problem.FieldError("signalType", "is required for a signal: one of leaving, new-manager, "
                    + "reorganisation, growth, tender, complaint, other"));
        }
        if (kind != PostKind.SIGNAL && signalType != null) {
            errors.add(new Problem.FieldError("signalType", "is only for posts of kind signal"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** A reply stays in its thread's group, which must not be archived; naming another group is an error. */
    private Long replyGroup(Post parent, Long requestedGroup) {
        Long groupId = Post.<Post>findById(parent.threadId).groupId;
        if (requestedGroup != null && !requestedGroup.equals(groupId)) {
            throw new PostRefused(PostRefused.Reason.NOT_YOUR_GROUP, "groupId",
                    "must be the group of the thread replied to, or left out");
        }
        if (groupId != null && (Boolean) entityManager.createNativeQuery(
                "select archived from relay_group where id = ?1 for share").setParameter(1, groupId)
                .getSingleResult()) {
            throw new PostRefused(PostRefused.Reason.GROUP_ARCHIVED, "inReplyTo",
                    "is in an archived group: it takes no new posts");
        }
        return groupId;
    }

    /**
     * The post replied to, with its thread's root, both locked (root first, as every writer locks in
     * id order), so a reply never lands under a post removed at the same moment.
     */
    private Post parentFor(long authorId, long parentId) {
        Post parent = Post.findById(parentId);
        if (parent == null || !visibility.mayRead(authorId, parent)) {
            throw new PostRefused(PostRefused.Reason.NOT_REPLYABLE, "inReplyTo", "is not a post you can reply to");
        }
        Post.findById(parent.threadId, LockModeType.PESSIMISTIC_WRITE);
        entityManager.lock(parent, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(parent);
        if (parent.deleted) {
            throw new PostRefused(PostRefused.Reason.NOT_REPLYABLE, "inReplyTo", "was removed");
        }
        return parent;
    }

    /** The root counts every reply in its thread; a reply counts its direct replies. */
    private void countReply(Post parent) {
        entityManager.createNativeQuery("update post set reply_count = reply_count + 1 where id in (?1, ?2)")
                .setParameter(1, parent.threadId)
                .setParameter(2, parent.id)
                .executeUpdate();
    }
}
