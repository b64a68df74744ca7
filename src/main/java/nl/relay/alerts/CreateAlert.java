package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.relay.alerts.feed.FeedTokens;
import nl.relay.groups.Group;
import nl.relay.groups.GroupAccess;
import nl.relay.groups.Membership;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotAllowed;

/**
 * Saves a new alert: the caller's own, or a team alert for a group the caller is an owner or admin of.
 * Every instance's matcher learns of it at commit.
 */
@ApplicationScoped
public class CreateAlert {

    /** Enough for any person or team; it keeps one account from flooding every instance's matcher. */
    static final int MAX_PER_OWNER = 500;

    private final AlertChanges changes;
    private final EntityManager entityManager;

    CreateAlert(AlertChanges changes, EntityManager entityManager) {
        this.changes = changes;
        this.entityManager = entityManager;
    }

    @Transactional
    public Alert create(long accountId, AlertDetails details) {
        details.check(true);
        Alert alert = new Alert();
        if (details.groupId() != null) {
            alert.groupId = teamGroup(accountId, details.groupId());
        } else {
            alert.ownerId = accountId;
        }
        checkRoom(alert);
        alert.createdBy = accountId;
        alert.name = details.name();
        alert.query = details.strippedQuery();
        alert.frequency = details.frequencyOrDefault();
        alert.channels = details.channelsOrDefault();
        alert.feedToken = FeedTokens.next();
        alert.persist();
        changes.changed(alert.id);
        entityManager.refresh(alert);
        return alert;
    }

    /** A group the caller manages, locked while the alert is added so its room is counted once. */
    private static long teamGroup(long accountId, long groupId) {
        // A private group the caller is not in is not known to them, exactly like one that does not exist.
        Group group = Group.byId(groupId)
                .filter(g -> GroupAccess.isInside(g, Membership.of(g.id, accountId).isPresent()))
                .orElseThrow(() -> new InvalidInput("groupId", "is not a known group"));
        if (!GroupAccess.manages(group.id, accountId)) {
            throw new NotAllowed("Only the group's owners and admins may add a team alert.");
        }
        if (group.archived) {
            throw new InvalidInput("groupId", "is archived");
        }
        return group.id;
    }

    /**
     * One writer per owner at a time: the advisory lock, held to the end of the transaction (and taken again
     * without waiting by the same transaction), makes the count and the insert one step.
     */
    void lockOwner(boolean team, long ownerId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, team ? 2 : 1)
                .setParameter(2, (int) ownerId)
                .getSingleResult();
    }

    private void checkRoom(Alert alert) {
        lockOwner(alert.isTeamAlert(), alert.isTeamAlert() ? alert.groupId : alert.ownerId);
        long count = alert.isTeamAlert()
                ? Alert.count("groupId", alert.groupId)
                : Alert.count("ownerId", alert.ownerId);
        if (count >= MAX_PER_OWNER) {
            throw new Conflict("There are " + MAX_PER_OWNER + " alerts already; delete one to add another.");
        }
    }
}
