package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.posts.PostVisibility;

/** The posts an alert matched, newest first: those the reader may see, without removed ones. */
@ApplicationScoped
public class AlertMatches {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    AlertMatches(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** Post ids for a person who receives the alert, below {@code beforeId}. */
    public List<Long> forReader(long alertId, long readerId, long beforeId, int limit) {
        return ids(alertId, visibility.readableClause("p", ":reader"), "reader", readerId, beforeId, limit);
    }

    /**
     * Post ids for the alert's feed, which has no signed-in reader: for a person's alert what its owner may
     * see, for a team alert what every member of its group may see.
     */
    List<Long> forFeed(Alert alert, int limit) {
        if (alert.isTeamAlert()) {
            return ids(alert.id, visibility.readableByEveryMemberClause("p", ":group"), "group", alert.groupId,
                    Long.MAX_VALUE, limit);
        }
        return ids(alert.id, visibility.readableClause("p", ":reader"), "reader", alert.ownerId, Long.MAX_VALUE,
                limit);
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(long alertId, String readable, String parameter, long value, long beforeId, int limit) {
        return ((List<Number>) entityManager.createNativeQuery("select m.post_id from alert_match m "
                + "join post p on p.id = m.post_id where m.alert_id = :alert and m.post_id < :before and not p.deleted "
                + "and " + readable + " order by m.post_id desc limit :limit")
                .setParameter("alert", alertId).setParameter(parameter, value).setParameter("before", beforeId)
                .setParameter("limit", limit).getResultList()).stream().map(Number::longValue).toList();
    }
}
