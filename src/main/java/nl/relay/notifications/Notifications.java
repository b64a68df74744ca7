package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.NativeSql;
import nl.relay.platform.SqlValues;
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

    Notifications(EntityManager entityManager, PostVisibility visibility, PostViews postViews) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.postViews = postViews;
    }

    /** One page, newest first, of ids below {@code beforeId}; only unread ones when asked. */
    public List<NotificationView> page(long recipientId, boolean unreadOnly, Long beforeId, int fetchSize) {
        return rows(recipientId, (unreadOnly ? " and n.read_at is null" : "")
                + (beforeId == null ? "" : " and n.id < :before") + " order by n.id desc limit :limit", beforeId,
                fetchSize);
    }

    /** The must-read posts the recipient has not acknowledged yet, newest first. */
    public List<NotificationView> unacknowledged(long recipientId, int limit) {
        return rows(recipientId, " and n.must_read and n.acknowledged_at is null and n.type = 'mention'"
                + " and not p.deleted and exists (select 1 from post_mention m where m.post_id = n.post_id"
                + " and m.account_id = n.recipient_id) order by n.id desc limit :limit", null, limit);
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

    @SuppressWarnings("unchecked")
    private List<NotificationView> rows(long recipientId, String tail, Object key, int limit) {
        String sql = """
                select n.id, n.type, n.post_id, a.username, a.display_name, n.alert_id, n.group_id, g.name,
                       n.must_read, n.created_at, n.read_at, n.acknowledged_at, n.group_event, al.name, n.match_count
                from notification n
                left join alert al on al.id = n.alert_id
                left join post p on p.id = n.post_id
                left join account a on a.id = n.actor_id
                left join relay_group g on g.id = n.group_id
                where n.recipient_id = :recipient and """ + seen() + tail;
        List<Object[]> rows = NativeSql.of(entityManager, sql)
                .bind("recipient", recipientId)
                .bind("before", key)
                .bind("after", key)
                .bind("ids", key)
                .bind("limit", limit)
                .query().getResultList();
        List<Long> postIds = new ArrayList<>();
        rows.stream().filter(r -> r[2] != null).forEach(r -> postIds.add(((Number) r[2]).longValue()));
        Map<Long, PostView> posts = new HashMap<>();
        postViews.ofIds(postIds.stream().distinct().toList(), recipientId).forEach(v -> posts.put(v.id(), v));
        return rows.stream().map(r -> new NotificationView(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : posts.get(((Number) r[2]).longValue()),
                r[3] == null ? null : new NotificationView.Actor((String) r[3], (String) r[4]),
                r[5] == null
                        ? null
                        : new NotificationView.AlertRef(((Number) r[5]).longValue(), (String) r[13],
                                r[14] == null ? null : ((Number) r[14]).intValue()),
                r[6] == null
                        ? null
                        : new NotificationView.GroupRef(((Number) r[6]).longValue(), (String) r[7],
                                (String) r[12]),
                (Boolean) r[8], SqlValues.instant(r[9]), SqlValues.instant(r[10]), SqlValues.instant(r[11])))
                .toList();
    }
}
