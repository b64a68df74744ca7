package nl.relay.community.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.PostVisibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The moderators' queue: reports by status, newest first (the posts people read now), each with its post as
 * written (hidden, and in private groups, too), the reasons and how many reported it; reporters are not named. A
 * post the moderator could not read otherwise (a private group's they are not in) is logged in the audit as read.
 */
@ApplicationScoped
public class ModerationQueue {

    /** The statuses of the queue. */
    public static final List<String> STATUSES = List.of("open", "hidden", "dismissed");

    /** A queue item. */
    public record Item(long id, @Schema(enumeration = {
            "open", "hidden", "dismissed"}) String status,
            Instant openedAt,
            @Schema(nullable = true, description = "When the author of the hidden post asked for a review") Instant reviewAskedAt,
            @Schema(nullable = true) Instant decidedAt,
            @Schema(nullable = true, description = "The moderator who decided (username)") String decidedBy,
            ReportedPost post,
            @Schema(description = "How many people reported the post in this report") int reporters,
            @Schema(description = "Each reporter's reason, oldest first, without their names") List<Reason> reasons) {
    }

    /** The post reported, as its author wrote it. */
    public record ReportedPost(long id, long threadId, String authorUsername, String authorName, String body,
            boolean deleted, Instant createdAt, @Schema(nullable = true) Long groupId,
            @Schema(nullable = true) String groupName,
            @Schema(nullable = true, enumeration = {
                    "public", "private"}) String groupVisibility,
            @Schema(nullable = true) Instant hiddenAt, @Schema(nullable = true) String hiddenReason) {
    }

    /** One reporter's reason. */
    public record Reason(String reason, Instant at) {
    }

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final ModerationAudit audit;

    ModerationQueue(EntityManager entityManager, PostVisibility visibility, ModerationAudit audit) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.audit = audit;
    }

    /**
     * One page of items with this status, newest first, past the cursor id (null: from the start). Reading a post
     * the moderator could not read otherwise (a private group's post, or one hidden by a moderator) is logged, for
     * the items shown only.
     */
    @Transactional
    public Page<Item> page(long moderatorId, String status, Long cursor, PageRequest request) {
        String sql = """
                select r.id, r.status, r.opened_at, r.review_asked_at, r.decided_at, d.username as decided_by,
                       p.id as post_id, p.thread_id, p.body, p.deleted, p.created_at, p.hidden_at, p.hidden_reason,
                       a.username as author_username, a.display_name as author_name,
                       g.id as group_id, g.name as group_name, g.visibility as group_visibility,
                       not %s as beyond_reach
                from moderation_report r
                join post p on p.id = r.post_id
                join account a on a.id = p.author_id
                left join account d on d.id = r.decided_by
                left join relay_group g on g.id = p.group_id
                where r.status = :status and r.id < :cursor
                order by r.id desc limit :limit""".formatted(visibility.readableClause("p", ":viewer"));
        Map<Long, Row> rows = new LinkedHashMap<>();
        NativeSql.select(entityManager, sql).bind("status", status).bind("viewer", moderatorId)
                .bind("cursor", cursor != null ? cursor : Long.MAX_VALUE).bind("limit", request.fetchSize())
                .list(row -> row).forEach(row -> rows.put(row.longValue("id"), row));
        Map<Long, List<Reason>> reasons = reasons(List.copyOf(rows.keySet()));
        List<Item> items = new ArrayList<>();
        rows.forEach((id, row) -> {
            List<Reason> given = reasons.getOrDefault(id, List.of());
            items.add(new Item(id, row.text("status"), row.instant("opened_at"), row.instant("review_asked_at"),
                    row.instant("decided_at"), row.text("decided_by"), post(row), given.size(), given));
        });
        Page<Item> page = Page.of(items, request, item -> Cursor.of(item.id()));
        audit.readInQueue(moderatorId, page.items().stream().filter(item -> rows.get(item.id()).flag("beyond_reach"))
                .map(item -> item.post().id()).toList());
        return page;
    }

    private static ReportedPost post(Row row) {
        boolean deleted = row.flag("deleted");
        return new ReportedPost(row.longValue("post_id"), row.longValue("thread_id"), row.text("author_username"),
                row.text("author_name"), deleted ? "" : row.text("body"), deleted, row.instant("created_at"),
                row.nullableLong("group_id"), row.text("group_name"), row.text("group_visibility"),
                row.instant("hidden_at"), row.text("hidden_reason"));
    }

    private Map<Long, List<Reason>> reasons(List<Long> reportIds) {
        Map<Long, List<Reason>> byReport = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        NativeSql.select(entityManager, """
                select report_id, reason, created_at from moderation_reason
                where report_id = any(cast(:ids as bigint[])) order by id""")
                .bind("ids", reportIds.toArray(Long[]::new))
                .list(row -> row).forEach(row -> byReport.computeIfAbsent(row.longValue("report_id"),
                        id -> new ArrayList<>()).add(new Reason(row.text("reason"), row.instant("created_at"))));
        return byReport;
    }
}
