package nl.relay.community.announcements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The announcements pinned at the top of a reader's home feed: addressed to them, not yet acknowledged, not
 * expired, and still readable (a private group's announcement leaves with the membership). Newest first.
 */
@ApplicationScoped
public class PinnedAnnouncements {

    /** More are never pinned at once; older ones stay in the feed and the notifications. */
    static final int MOST = 20;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final Clock clock;

    PinnedAnnouncements(EntityManager entityManager, PostVisibility visibility, Clock clock) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** The pinned announcements' post ids, newest first. */
    public List<Long> of(long readerId) {
        return NativeSql.select(entityManager, """
                select p.id from notification n
                join announcement a on a.post_id = n.post_id
                join post p on p.id = n.post_id
                where n.recipient_id = :reader and n.type = 'announcement' and n.acknowledged_at is null
                  and (a.expires_at is null or a.expires_at > :now) and """
                + visibility.shownClause("p", ":reader") + " order by p.id desc limit :limit")
                .bind("reader", readerId)
                .bind("now", clock.instant())
                .bind("limit", MOST)
                .list(row -> row.longValue("id"));
    }
}
