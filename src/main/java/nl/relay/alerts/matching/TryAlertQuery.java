package nl.relay.alerts.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.alerts.query.AlertQuery;
import nl.relay.alerts.query.InvalidAlertQuery;
import nl.relay.platform.RateLimit;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;

/**
 * Runs a query, before it is saved, over the most recent posts the person may read, with the same
 * analysis the matcher uses: the posts it would have matched.
 */
@ApplicationScoped
public class TryAlertQuery {

    /** How many recent posts a try looks through. */
    static final int RECENT = 2000;
    /** How many matches a try shows at most. */
    public static final int SHOWN = 50;
    /** Each try analyses up to 2,000 recent posts: a script trying in a loop would take a core. */
    public static final int TRIES_PER_MINUTE = 30;

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final RateLimit limit;

    TryAlertQuery(EntityManager entityManager, PostVisibility visibility, RateLimit limit) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.limit = limit;
    }

    /**
     * The ids of the matching posts, newest first; an {@link InvalidAlertQuery} when the query is not valid, a
     * 429 after 30 tries in a minute.
     */
    public List<Long> matches(long readerId, String queryText) {
        Query query = AlertQuery.parse(queryText);
        limit.take("alert-try:" + readerId, new RateLimit.Window(TRIES_PER_MINUTE, Duration.ofMinutes(1)));
        List<Long> matches = new ArrayList<>();
        MemoryIndex index = new MemoryIndex();
        for (MatchablePost post : recent(readerId)) {
            index.reset();
            post.document().forEach(field -> index.addField(field, AlertAnalysis.analyzer()));
            if (index.search(query) > 0) {
                matches.add(post.id());
                if (matches.size() == SHOWN) {
                    break;
                }
            }
        }
        return matches;
    }

    private List<MatchablePost> recent(long readerId) {
        return NativeSql.select(entityManager, MatchablePost.FACTS + " where "
                + visibility.shownClause("p", ":reader") + " order by p.id desc limit :limit")
                .bind("reader", readerId).bind("limit", RECENT)
                .list(MatchablePost::of);
    }
}
