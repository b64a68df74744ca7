package nl.relay.community.announcements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.outbox.Outbox;
import nl.relay.posts.PublishPost;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Posts an announcement: an admin or the communications role publishes it as a post (to everyone, or in a group
 * they post in), notes its expiry, and records one outbox task that brings it to its audience in the background.
 * Nothing here is per addressee, so posting to 40,000 people costs what posting to one does.
 */
@ApplicationScoped
public class PostAnnouncement {

    private final PublishPost publishPost;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    PostAnnouncement(PublishPost publishPost, EntityManager entityManager, Outbox outbox, Clock clock) {
        this.publishPost = publishPost;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether this caller may announce. */
    public static boolean mayAnnounce(Caller caller) {
        return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.COMMUNICATIONS);
    }

    /** Posts it and answers the post's id. */
    @Transactional
    public long post(Caller caller, NewAnnouncement request) {
        if (!mayAnnounce(caller)) {
            throw new NotAllowed("Only admins and communications post announcements.");
        }
        Instant expiresAt = checkedExpiry(request.expiresAt());
        long postId = publishPost.publishAnnouncement(caller.accountId(), request.body(), request.groupId());
        entityManager.createNativeQuery("insert into announcement (post_id, expires_at) values (?1, ?2)")
                .setParameter(1, postId)
                .setParameter(2, new TypedParameterValue<>(StandardBasicTypes.INSTANT, expiresAt))
                .executeUpdate();
        outbox.send(new AnnouncementFanOut(postId, 0));
        return postId;
    }

    /** In the future and at most a year ahead, or none. */
    private Instant checkedExpiry(Instant expiresAt) {
        if (expiresAt == null) {
            return null;
        }
        Instant now = clock.instant();
        if (!expiresAt.isAfter(now)) {
            throw new InvalidInput("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant())) {
            throw new InvalidInput("expiresAt", "must be at most a year ahead");
        }
        return expiresAt.truncatedTo(ChronoUnit.MICROS);
    }
}
