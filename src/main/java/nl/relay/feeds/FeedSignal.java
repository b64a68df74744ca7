package nl.relay.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells every Relay instance, through PostgreSQL's NOTIFY, that new posts have reached the home feeds: the
 * post ids, comma-separated, in signals short enough for NOTIFY's 8000-byte limit. PostgreSQL delivers them
 * at commit, and not at all on a rollback, so a "new posts" prompt never offers what was not kept. Only
 * {@link DeliverPost} signals.
 */
@ApplicationScoped
public class FeedSignal {

    public static final String CHANNEL = "relay_feed";

    /** At most 20 characters an id with its comma: 300 ids stay well under 8000 bytes. */
    static final int IDS_PER_SIGNAL = 300;

    private final EntityManager entityManager;

    FeedSignal(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Signals these new posts, in this transaction. */
    void announce(List<Long> postIds) {
        for (int from = 0; from < postIds.size(); from += IDS_PER_SIGNAL) {
            List<Long> part = postIds.subList(from, Math.min(postIds.size(), from + IDS_PER_SIGNAL));
            entityManager.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)")
                    .setParameter(1, String.join(",", part.stream().map(String::valueOf).toList()))
                    .getSingleResult();
        }
    }

    /** The post ids a signal carries; a malformed one answers an exception. */
    public static List<Long> postIds(String payload) {
        List<Long> ids = new ArrayList<>();
        for (String id : payload.split(",")) {
            ids.add(Long.parseLong(id.strip()));
        }
        return ids;
    }
}
