package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.RowLocks;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import nl.relay.posts.Post;

/** Finds an open report for a decision, its post locked first (as every writer of a post locks it), then closes it. */
@ApplicationScoped
class OpenReports {

    /** An open report and its post, both locked for this transaction. */
    record Locked(long id, Post post) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    OpenReports(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    static long id(String raw) {
        return PathIds.parse(raw, OpenReports::notFound);
    }

    Locked require(long reportId) {
        Long postId = NativeSql.select(entityManager, "select post_id from moderation_report where id = :id")
                .bind("id", reportId).first(row -> row.longValue("post_id")).orElseThrow(OpenReports::notFound);
        Post post = RowLocks.locked(Post.class, postId).orElseThrow(OpenReports::notFound);
        String status = NativeSql
                .select(entityManager, "select status from moderation_report where id = :id for update")
                .bind("id", reportId).one(row -> row.text("status"));
        if (!"open".equals(status)) {
            throw new Conflict("The report was decided already (" + status + ").");
        }
        return new Locked(reportId, post);
    }

    void close(long reportId, String status, long moderatorId) {
        NativeSql.of(entityManager, """
                update moderation_report set status = :status, decided_at = :now, decided_by = :moderator
                where id = :id""").bind("status", status)
                .bind("now", clock.instant().truncatedTo(ChronoUnit.MICROS)).bind("moderator", moderatorId)
                .bind("id", reportId).query().executeUpdate();
    }

    private static NotFound notFound() {
        return new NotFound("There is no such report.");
    }
}
