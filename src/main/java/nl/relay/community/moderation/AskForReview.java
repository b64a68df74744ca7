package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.posts.Post;
import nl.relay.posts.ReadablePosts;

/** The author of a hidden post asks the moderators to look again: the report that hid it opens in the queue. */
@ApplicationScoped
public class AskForReview {

    private final ReadablePosts readable;
    private final ModerationAudit audit;
    private final EntityManager entityManager;
    private final Clock clock;

    AskForReview(ReadablePosts readable, ModerationAudit audit, EntityManager entityManager, Clock clock) {
        this.readable = readable;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Answers the report that is open again. */
    @Transactional
    public long ask(long authorId, long postId) {
        Post post = readable.requireLocked(authorId, postId);
        if (post.authorId != authorId) {
            throw new NotAllowed("Only the author of a hidden post asks for its review.");
        }
        if (post.hiddenAt == null) {
            throw new Conflict("The post is not hidden.");
        }
        if (NativeSql
                .select(entityManager, "select id from moderation_report where post_id = :post and status = 'open'")
                .bind("post", postId).first(row -> row.longValue("id")).isPresent()) {
            throw new Conflict("You asked for a review already; the moderators have it in their queue.");
        }
        long reportId = NativeSql.select(entityManager, """
                select id from moderation_report where post_id = :post and status = 'hidden'
                order by id desc limit 1""").bind("post", postId).first(row -> row.longValue("id"))
                .orElseThrow(() -> new Conflict("The post is not hidden by a report."));
        NativeSql.of(entityManager, """
                update moderation_report set status = 'open', review_asked_at = :now, decided_at = null,
                       decided_by = null
                where id = :id""").bind("now", clock.instant().truncatedTo(ChronoUnit.MICROS)).bind("id", reportId)
                .query().executeUpdate();
        audit.record(authorId, ModerationAudit.Action.REVIEW_ASKED, postId, reportId, null);
        return reportId;
    }
}
