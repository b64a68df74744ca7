package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.errors.Conflict;
import nl.relay.posts.Post;

/**
 * On a review its author asked for, a moderator shows a hidden post again; the report closes as dismissed and the
 * author is told (a 'moderation' notification, which reads "visible again" while the post is not hidden).
 */
@ApplicationScoped
public class RestorePost {

    private final OpenReports reports;
    private final ModerationAudit audit;
    private final WriteNotifications notifications;

    RestorePost(OpenReports reports, ModerationAudit audit, WriteNotifications notifications) {
        this.reports = reports;
        this.audit = audit;
        this.notifications = notifications;
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
        notifications.write(List.of(new NewNotification(post.authorId, "moderation", post.id, null, null, null, null,
                null, false, true, NewNotification.Mailing.WHEN_STILL_UNREAD, null, null)));
    }
}
