package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.errors.Conflict;
import nl.relay.posts.Post;

/**
 * A moderator hides a reported post with a reason: it leaves every reader's sight but its author's, who is told
 * (a 'moderation' notification; the reason is on the post, the reporters are never named). On a review the author
 * asked for, the post stays hidden with the new reason ("kept hidden").
 */
@ApplicationScoped
public class HideReportedPost {

    private final OpenReports reports;
    private final ModerationAudit audit;
    private final WriteNotifications notifications;
    private final Clock clock;

    HideReportedPost(OpenReports reports, ModerationAudit audit, WriteNotifications notifications, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public void hide(long moderatorId, long reportId, String rawReason) {
        String reason = ModerationReason.checked("reason", rawReason);
        OpenReports.Locked report = reports.require(reportId);
        Post post = report.post();
        if (post.deleted) {
            throw new Conflict("The post was removed; there is nothing left to hide.");
        }
        boolean review = post.hiddenAt != null;
        if (!review) {
            post.hiddenAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        }
        post.hiddenBy = moderatorId;
        post.hiddenReason = reason;
        reports.close(reportId, "hidden", moderatorId);
        audit.record(moderatorId, review ? ModerationAudit.Action.KEPT_HIDDEN : ModerationAudit.Action.HIDDEN, post.id,
                reportId, reason);
        notifications.write(List.of(new NewNotification(post.authorId, "moderation", post.id, null, null, null, null,
                null, false, true, NewNotification.Mailing.WHEN_STILL_UNREAD, null, null)));
    }
}
