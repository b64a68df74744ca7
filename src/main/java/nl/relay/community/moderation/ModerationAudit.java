package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * The moderation audit trail, its one writer and reader: every report, decision and review request, and every read
 * of a post the reader could not otherwise read (a private group's post in the queue, the legal archive).
 */
@ApplicationScoped
public class ModerationAudit {

    /** What happened. */
    public enum Action {

        REPORTED("reported"), HIDDEN("hidden"), DISMISSED("dismissed"), REVIEW_ASKED("review-asked"), RESTORED(
                "restored"), KEPT_HIDDEN("kept-hidden"), READ("read");

        final String word;

        Action(String word) {
            this.word = word;
        }
    }

    /** One line of the audit trail. */
    public record Entry(long id, Instant at, String actor,
            @Schema(enumeration = {
                    "reported", "hidden", "dismissed", "review-asked", "restored", "kept-hidden",
                    "read"}) String action,
            @Schema(nullable = true) Long postId, @Schema(nullable = true) Long reportId,
            @Schema(nullable = true, description = "The reason given with a report or decision") String reason,
            @Schema(nullable = true, enumeration = {"queue", "archive"}, description = "For a read: where") String path,
            @Schema(nullable = true, description = "For a read of the legal archive: the window exported") String detail) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    ModerationAudit(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records an action on a post, in the caller's transaction. */
    void record(long actorId, Action action, long postId, Long reportId, String reason) {
        insert(actorId, action, postId, reportId, reason, null, null);
    }

    /** Records that the reader read these posts through the moderation queue, one line per post. */
    void readInQueue(long readerId, List<Long> postIds) {
        if (postIds.isEmpty()) {
            return;
        }
        NativeSql.of(entityManager, """
                insert into moderation_audit (at, actor_id, action, post_id, path)
                select :at, :actor, :action, post_id, 'queue' from unnest(cast(:posts as bigint[])) as post_id""")
                .bind("at", clock.instant().truncatedTo(ChronoUnit.MICROS)).bind("actor", readerId)
                .bind("action", Action.READ.word).bind("posts", postIds.toArray(Long[]::new))
                .query().executeUpdate();
    }

    /** Records that the reader exported the legal archive for this window (one line per export, not per post). */
    public void readArchive(long readerId, String window) {
        insert(readerId, Action.READ, null, null, null, "archive", window);
    }

    private void insert(long actorId, Action action, Long postId, Long reportId, String reason, String path,
            String detail) {
        NativeSql.of(entityManager, """
                insert into moderation_audit (at, actor_id, action, post_id, report_id, reason, path, detail)
                values (:at, :actor, :action, :post, :report, :reason, :path, :detail)""")
                .bind("at", clock.instant().truncatedTo(ChronoUnit.MICROS)).bind("actor", actorId)
                .bind("action", action.word)
                .bind("post", new TypedParameterValue<>(StandardBasicTypes.LONG, postId))
                .bind("report", new TypedParameterValue<>(StandardBasicTypes.LONG, reportId))
                .bind("reason", new TypedParameterValue<>(StandardBasicTypes.STRING, reason))
                .bind("path", new TypedParameterValue<>(StandardBasicTypes.STRING, path))
                .bind("detail", new TypedParameterValue<>(StandardBasicTypes.STRING, detail)).query().executeUpdate();
    }

    /** The newest entries first, before the entry {@code before} (exclusive). */
    List<Entry> page(long before, int limit) {
        return NativeSql.select(entityManager, """
                select m.id, m.at, a.username as actor, m.action, m.post_id, m.report_id, m.reason, m.path, m.detail
                from moderation_audit m join account a on a.id = m.actor_id
                where m.id < :before order by m.id desc limit :limit""")
                .bind("before", before).bind("limit", limit)
                .list(row -> new Entry(row.longValue("id"), row.instant("at"), row.text("actor"), row.text("action"),
                        row.nullableLong("post_id"), row.nullableLong("report_id"), row.text("reason"),
                        row.text("path"), row.text("detail")));
    }
}
