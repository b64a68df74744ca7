package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.platform.errors.Conflict;
import nl.relay.posts.Post;

/** On a review its author asked for, a moderator shows a hidden post again; the report closes as dismissed. */
@ApplicationScoped
public class RestorePost {

    private final OpenReports reports;
    private final ModerationAudit audit;

    RestorePost(OpenReports reports, ModerationAudit audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @Transactional
    public void restore(long moderatorId, long reportId) {
        OpenReports.Locked report = reports.require(reportId);
        Post post = report.post();
        if (post.hiddenAt == null) {
            throw new Conflict("The post is not hidden: dismiss the report or hide the post.");
        }
        post.hiddenAt = null;
        post.hiddenBy = null;
        post.hiddenReason = null;
        reports.close(reportId, "dismissed", moderatorId);
        audit.record(moderatorId, ModerationAudit.Action.RESTORED, post.id, reportId, null);
    }
}
