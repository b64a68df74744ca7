package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
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
        return ids(alertId, visibility.shownClause("p", ":reader"), Map.of("reader", readerId), beforeId, limit);
    }

    /**
     * Post ids for the alert's feed, which has no signed-in reader: for a person's alert what its owner may
     * see now; for a team alert, whose address its members share (and keep when they leave the group), only
     * what everyone may see.
     */
    public List<Long> forFeed(Alert alert, int limit) {
        if (alert.isTeamAlert()) {
            return ids(alert.id, visibility.shownToAnyoneClause("p"), Map.of(), Long.MAX_VALUE, limit);
        }
        return ids(alert.id, visibility.shownClause("p", ":reader"), Map.of("reader", alert.ownerId),
                Long.MAX_VALUE, limit);
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(long alertId, String shown, Map<String, Object> readerParameters, long beforeId,
            int limit) {
        Query query = entityManager.createNativeQuery("select m.post_id from alert_match m "
                + "join post p on p.id = m.post_id where m.alert_id = :alert and m.post_id < :before "
                + "and " + shown + " order by m.post_id desc limit :limit")
                .setParameter("alert", alertId).setParameter("before", beforeId).setParameter("limit", limit);
        readerParameters.forEach(query::setParameter);
        return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
    }
}
