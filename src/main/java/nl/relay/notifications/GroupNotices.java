package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * "group" notifications, written in the same transaction as what they tell about: a request to join
 * (to the group's owners and admins), and being let in (to the new member).
 */
@ApplicationScoped
public class GroupNotices {

    private final EntityManager entityManager;
    private final WriteNotifications notifications;

    GroupNotices(EntityManager entityManager, WriteNotifications notifications) {
        this.entityManager = entityManager;
        this.notifications = notifications;
    }

    public void joinRequested(long groupId, long requesterId) {
        List<Long> managers = entityManager.createNativeQuery("""
                select m.account_id from group_member m
                where m.group_id = ?1 and m.role in ('owner', 'admin') and m.account_id <> ?2""", Long.class)
                .setParameter(1, groupId).setParameter(2, requesterId).getResultList().stream()
                .map(Long.class::cast).toList();
        notifications.write(managers.stream()
                .map(manager -> NewNotification.group(manager, groupId, requesterId, "join-request")).toList());
    }

    public void admitted(long groupId, long memberId, long actorId) {
        if (memberId != actorId) {
            notifications.write(List.of(NewNotification.group(memberId, groupId, actorId, "admitted")));
        }
    }
}
