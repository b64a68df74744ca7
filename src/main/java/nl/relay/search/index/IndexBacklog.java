package nl.relay.search.index;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import org.jboss.logging.Logger;

/**
 * Indexes the posts whose search terms are missing or out of date, a batch at a time: first those whose client,
 * group or author was renamed (the {@code search_reindex} queue the database's triggers fill), then those that have
 * no terms yet, written before search existed, newest first. Posts written since are indexed by the outbox, so
 * only posts older than a minute are taken. Rows are claimed with {@code skip locked}, so several instances share
 * the work without doing any twice.
 */
@ApplicationScoped
class IndexBacklog {

    private static final Logger LOG = Logger.getLogger(IndexBacklog.class);
    static final int BATCH = 500;

    private final EntityManager entityManager;
    private final PostIndex index;

    IndexBacklog(EntityManager entityManager, PostIndex index) {
        this.entityManager = entityManager;
        this.index = index;
    }

    @Scheduled(every = "${relay.search.backlog-every:2s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void indexSome() {
        try {
            int done = indexBatch();
            if (done == BATCH) {
                LOG.infof("Indexed %d older posts for search; more follow", done);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not index older posts for search; trying again shortly", e);
        }
    }

    /** Indexes one batch; answers how many posts it took. */
    @Transactional
    int indexBatch() {
        // A queued post that someone is changing right now (and may be queueing again) is left for the next batch:
        // waiting for it while holding the queue's rows could wait crosswise on that change.
        List<Long> renamed = NativeSql.select(entityManager, """
                delete from search_reindex where post_id in (
                    select r.post_id from search_reindex r join post p on p.id = r.post_id
                    order by r.post_id desc limit :batch
                    for update of r skip locked for no key update of p skip locked)
                returning post_id""")
                .bind("batch", BATCH)
                .list(row -> row.longValue("post_id"));
        index.index(renamed);
        if (!renamed.isEmpty()) {
            return renamed.size();
        }
        List<Long> ids = NativeSql.select(entityManager, """
                select p.id from post p
                where p.search_terms is null and not p.deleted and p.created_at < now() - interval '1 minute'
                order by p.id desc limit :batch for update skip locked""")
                .bind("batch", BATCH)
                .list(row -> row.longValue("id"));
        index.index(ids);
        return ids.size();
    }
}
