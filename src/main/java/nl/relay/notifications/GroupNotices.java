package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * "group" notifications, written in the same transaction as what they tell about: a request to join
 * (to the group's owners and admins), and being let in (to the new member).
 */
@ApplicationScoped
public class GroupNotices {

    private final EntityManager entityManager;
    private final NotificationSignal signal;

    GroupNotices(EntityManager entityManager, NotificationSignal signal) {
        this.entityManager = entityManager;
        this.signal = signal;
    }

    public void joinRequested(long groupId, long requesterId) {
        write("""
                select m.account_id, 'group', m.group_id, ?2, 'join-request' from group_member m
                where m.group_id = ?1 and m.role in ('owner', 'admin') and m.account_id <> ?2""", groupId, requesterId);
    }

    public void admitted(long groupId, long memberId, long actorId) {
        if (memberId != actorId) {
            write("select ?3, 'group', ?1, ?2, 'admitted'", groupId, actorId, memberId);
        }
    }

    private void write(String recipients, Object... parameters) {
        var query = entityManager.createNativeQuery("""
                with written as (insert into notification (recipient_id, type, group_id, actor_id, group_event)
                %s returning id)
                select min(id), max(id) from written""".formatted(recipients));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        Object[] range = (Object[]) query.getSingleResult();
        if (range[0] != null) {
            signal.announce(((Number) range[0]).longValue(), ((Number) range[1]).longValue());
        }
    }
}
