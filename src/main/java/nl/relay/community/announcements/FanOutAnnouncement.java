package nl.relay.community.announcements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.feeds.HomeTimeline;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.outbox.Outbox;
import nl.relay.platform.outbox.OutboxHandler;

/**
 * Outbox job: brings an announcement to the next batch of its audience, in account id order: a must-read
 * notification each (through the one writer of notifications, which also tells live streams and schedules mail as
 * each person chose) and a row in each home feed, one statement each for the whole batch. A full batch records the
 * next step; the last one marks the fan-out done. A retried or repeated step writes nothing twice (unique indexes,
 * {@code on conflict do nothing}).
 */
@ApplicationScoped
class FanOutAnnouncement implements OutboxHandler<AnnouncementFanOut> {

    private final EntityManager entityManager;
    private final WriteNotifications notifications;
    private final HomeTimeline timeline;
    private final Outbox outbox;
    private final AnnouncementsConfig config;

    FanOutAnnouncement(EntityManager entityManager, WriteNotifications notifications, HomeTimeline timeline,
            Outbox outbox, AnnouncementsConfig config) {
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.timeline = timeline;
        this.outbox = outbox;
        this.config = config;
    }

    @Override
    public String name() {
        return "announcement.fan-out";
    }

    @Override
    public Class<AnnouncementFanOut> takes() {
        return AnnouncementFanOut.class;
    }

    /** The announcement's post, as the fan-out needs it. */
    private record Announced(long postId, long authorId, Long groupId) {
    }

    @Override
    public void handle(AnnouncementFanOut step) {
        Optional<Announced> found = NativeSql.select(entityManager, """
                select p.id, p.author_id, p.group_id from announcement a join post p on p.id = a.post_id
                where a.post_id = :post and not p.deleted""")
                .bind("post", step.postId())
                .first(row -> new Announced(row.longValue("id"), row.longValue("author_id"),
                        row.nullableLong("group_id")));
        if (found.isEmpty()) {
            return; // removed in the meantime: it goes to no one
        }
        Announced announced = found.get();
        int batch = Math.max(1, config.fanOutBatch());
        List<Long> audience = AnnouncementAudience.batch(entityManager, announced.postId(), announced.groupId(),
                step.afterAccountId(), batch);
        if (!audience.isEmpty()) {
            notifications.write(audience.stream()
                    .map(id -> NewNotification.announcement(id, announced.postId(), announced.authorId())).toList());
            timeline.deliverTo(announced.postId(), audience);
        }
        if (audience.size() == batch) {
            outbox.send(new AnnouncementFanOut(announced.postId(), audience.get(audience.size() - 1)));
        } else {
            entityManager.createNativeQuery("update announcement set fanned_out_at = coalesce(fanned_out_at, now()) "
                    + "where post_id = ?1").setParameter(1, announced.postId()).executeUpdate();
        }
    }
}
