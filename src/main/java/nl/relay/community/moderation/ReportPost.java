package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.LimitsConfig;
import nl.relay.platform.RateLimit;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.posts.Post;
import nl.relay.posts.ReadablePosts;

/**
 * Someone who may read a post reports it to the moderators with a reason: it joins the post's open report (one per
 * post), once per person; counted against {@code relay.limits.reports}.
 */
@ApplicationScoped
public class ReportPost {

    private final ReadablePosts readable;
    private final ModerationAudit audit;
    private final RateLimit rateLimit;
    private final LimitsConfig limits;
    private final EntityManager entityManager;
    private final Clock clock;

    ReportPost(ReadablePosts readable, ModerationAudit audit, RateLimit rateLimit, LimitsConfig limits,
            EntityManager entityManager, Clock clock) {
        this.readable = readable;
        this.audit = audit;
        this.rateLimit = rateLimit;
        this.limits = limits;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The report as it stands after this one joined it. */
    @Transactional
    public ReportReceipt report(long reporterId, long postId, String rawReason) {
        rateLimit.take("report:" + reporterId, limits.reports().windows());
        String reason = ModerationReason.checked("reason", rawReason);
        Post post = readable.requireLocked(reporterId, postId);
        if (post.deleted) {
            throw new Conflict("The post was removed.");
        }
        if (post.authorId == reporterId) {
            throw new InvalidInput("postId", "is your own post: edit or remove it instead of reporting it");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // The post's row is locked, so the open report found or made here is the only one.
        long reportId = NativeSql.select(entityManager,
                "select id from moderation_report where post_id = :post and status = 'open'")
                .bind("post", postId).first(row -> row.longValue("id"))
                .orElseGet(() -> NativeSql.select(entityManager, """
                        insert into moderation_report (post_id, status, opened_at) values (:post, 'open', :now)
                        returning id""").bind("post", postId).bind("now", now).one(row -> row.longValue("id")));
        int added = NativeSql.of(entityManager, """
                insert into moderation_reason (report_id, reporter_id, reason, created_at)
                values (:report, :reporter, :reason, :now) on conflict (report_id, reporter_id) do nothing""")
                .bind("report", reportId).bind("reporter", reporterId).bind("reason", reason).bind("now", now)
                .query().executeUpdate();
        if (added == 0) {
            throw new Conflict("You reported this post already; the moderators have it in their queue.");
        }
        audit.record(reporterId, ModerationAudit.Action.REPORTED, postId, reportId, reason);
        return new ReportReceipt(reportId, postId, "open");
    }

    /** A report as its reporter sees it: which queue item it joined. */
    public record ReportReceipt(long id, long postId, String status) {
    }
}
