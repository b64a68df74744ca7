package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.platform.errors.Conflict;

/** A moderator finds nothing wrong with a reported post: the report leaves the queue and the post stays. */
@ApplicationScoped
public class DismissReport {

    private final OpenReports reports;
    private final ModerationAudit audit;

    DismissReport(OpenReports reports, ModerationAudit audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @Transactional
    public void dismiss(long moderatorId, long reportId) {
        OpenReports.Locked report = reports.require(reportId);
        if (report.post().hiddenAt != null) {
            throw new Conflict("The post is hidden and its author asked for a review: restore it or keep it hidden.");
        }
        reports.close(reportId, "dismissed", moderatorId);
        audit.record(moderatorId, ModerationAudit.Action.DISMISSED, report.post().id, reportId, null);
    }
}
