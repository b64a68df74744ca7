package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.PostVisibility;

/**
 * A person's notifications, newest first, and how many are unread. Only those about what they may read
 * now: a notification about a post of a group they have since left is not shown and not counted.
 */
@ApplicationScoped
public class Notifications {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final PostViews postViews;
    private final AlertNames alertNames;
    private final Clock clock;

    Notifications(EntityManager entityManager, PostVisibility visibility, PostViews postViews, AlertNames alertNames,
            Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.postViews = postViews;
        this.alertNames = alertNames;
    }

    /** One page, newest first, of ids below {@code beforeId}; only unread ones when asked. */
    public List<NotificationView> page(long recipientId, boolean unreadOnly, Long beforeId, int fetchSize) {
        return rows(recipientId, (unreadOnly ? " and n.read_at is null" : "")
                + (beforeId == null ? "" : " and n.id < :before") + " order by n.id desc limit :limit", beforeId,
                fetchSize);
    }

    /** The must-read posts the recipient has not acknowledged yet, newest first. */
    public List<NotificationView> unacknowledged(long recipientId, int limit) {
        return rows(recipientId, " and " + awaiting("n", "p") + " order by n.id desc limit :limit", null, limit);
    }

    /**
     * One page, newest first, of ids below {@code beforeId}, without what tells about a post still awaiting
     * the recipient's acknowledgement: those are shown once, by {@link #unacknowledged}, until acknowledged.
     */
    public List<NotificationView> besidesUnacknowledged(long recipientId, Long beforeId, int fetchSize) {
        return rows(recipientId, " and not exists (select 1 from notification w join post wp on wp.id = w.post_id"
                + " where w.recipient_id = n.recipient_id and w.post_id = n.post_id and " + awaiting("w", "wp") + ")"
                + (beforeId == null ? "" : " and n.id < :before") + " order by n.id desc limit :limit", beforeId,
                fetchSize);
    }

    /**
     * A must-read notification {@code n} (about post {@code p}) its recipient has yet to acknowledge: a mention, or an
     * announcement not yet expired.
     */
    private static String awaiting(String n, String p) {
        return (n + ".must_read and " + n + ".acknowledged_at is null and not " + p + ".deleted and ((" + n
                + ".type = 'mention' and exists (select 1 from post_mention m where m.post_id = " + n + ".post_id"
                + " and m.account_id = " + n + ".recipient_id)) or (" + n + ".type = 'announcement' and not exists "
                + "(select 1 from announcement x where x.post_id = " + n + ".post_id and x.expires_at <= :now)))");
    }

    /**
     * What a stream that last saw {@code afterId} missed, oldest first: every later id, and the last
     * minute's lower ids too, because ids are handed out before their transactions commit, and one may
     * commit after a higher one. A reader may so see an event twice (same id), never miss one.
     */
    public List<NotificationView> after(long recipientId, long afterId, int limit) {
        return rows(recipientId, " and (n.id > :after or n.created_at > now() - interval '1 minute')"
                + " order by n.id limit :limit", afterId, limit);
    }

    /** These notifications of this recipient, oldest first (those they may still see). */
    public List<NotificationView> ofIds(long recipientId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(recipientId, " and n.id = any(cast(:ids as bigint[])) order by n.id", ids.toArray(Long[]::new),
                ids.size());
    }

    public long unreadCount(long recipientId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from notification n left join post p "
                + "on p.id = n.post_id where n.recipient_id = ?1 and n.read_at is null and " + seen())
                .setParameter(1, recipientId).getSingleResult()).longValue();
    }

    private String seen() {
        return "(n.in_app and (n.post_id is null or " + visibility.readableClause("p", "n.recipient_id") + "))";
    }

    /** A notification row, before its post and alert are looked up. */
    private record Found(long id, String type, Long postId, String actorUsername, String actorName, Long alertId,
            Integer matchCount, Long groupId, String groupName, String groupEvent, boolean mustRead,
            Instant createdAt, Instant readAt, Instant acknowledgedAt, Long relatedPostId, Instant dueAt) {

        static Found of(Row row) {
            return new Found(row.longValue("id"), row.text("type"), row.nullableLong("post_id"),
                    row.text("actor_username"), row.text("actor_name"), row.nullableLong("alert_id"),
                    row.nullableInt("match_count"), row.nullableLong("group_id"), row.text("group_name"),
                    row.text("group_event"), row.flag("must_read"), row.instant("created_at"),
                    row.instant("read_at"), row.instant("acknowledged_at"), row.nullableLong("related_post_id"),
                    row.instant("due_at"));
        }
    }

    private List<NotificationView> rows(long recipientId, String tail, Object key, int limit) {
        String sql = """
                select n.id, n.type, n.post_id, a.username as actor_username, a.display_name as actor_name,
                       n.alert_id, n.match_count, n.group_id, g.name as group_name, n.group_event, n.must_read,
                       n.created_at, n.read_at, n.acknowledged_at, n.due_at,
                       case when %s then rp.id end as related_post_id
                from notification n
                left join post p on p.id = n.post_id
                left join post rp on rp.id = n.related_post_id
                left join account a on a.id = n.actor_id
                left join relay_group g on g.id = n.group_id
                where n.recipient_id = :recipient and """.formatted(visibility.shownClause("rp", "n.recipient_id"))
                + seen() + tail;
        List<Found> found = NativeSql.select(entityManager, sql)
                .bind("recipient", recipientId)
                .bind("before", key)
                .bind("after", key)
                .bind("ids", key)
                .bind("limit", limit)
                .bind("now", clock.instant())
                .list(Found::of);
        Map<Long, PostView> posts = new HashMap<>();
        postViews.ofIds(found.stream().flatMap(f -> Stream.of(f.postId(), f.relatedPostId()))
                .filter(Objects::nonNull).distinct().toList(), recipientId).forEach(v -> posts.put(v.id(), v));
        Map<Long, String> alerts = alertNames.of(found.stream().map(Found::alertId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream().map(f -> new NotificationView(f.id(), f.type(),
                f.postId() == null ? null : posts.get(f.postId()),
                f.actorUsername() == null ? null : new NotificationView.Actor(f.actorUsername(), f.actorName()),
                f.alertId() == null
                        ? null
                        : new NotificationView.AlertRef(f.alertId(), alerts.get(f.alertId()), f.matchCount()),
                f.groupId() == null ? null : new NotificationView.GroupRef(f.groupId(), f.groupName(), f.groupEvent()),
                f.mustRead(), f.createdAt(), f.readAt(), f.acknowledgedAt(),
                f.relatedPostId() == null ? null : posts.get(f.relatedPostId()), f.dueAt()))
                .toList();
    }
}
