package nl.relay.posts.attachments;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.relay.platform.database.NativeSql;
import org.jboss.logging.Logger;

/**
 * Every hour, once across instances: deletes uploads that waited more than a day for a post that never named them.
 */
@ApplicationScoped
public class PurgeUploadsJob {

    private static final Logger LOG = Logger.getLogger(PurgeUploadsJob.class);

    /** The advisory lock that lets one instance purge at a time (73402 and the number). */
    private static final long PURGE_LOCK = 7340218;
    /** How long an upload waits for its post. */
    public static final Duration WAITS = Duration.ofDays(1);

    private final EntityManager entityManager;
    private final Clock clock;
    private final AttachmentRows rows;

    PurgeUploadsJob(EntityManager entityManager, Clock clock, AttachmentRows rows) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.rows = rows;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int removed = purgeBefore(clock.instant().minus(WAITS));
        if (removed > 0) {
            LOG.infof("Deleted %d uploads no post named within a day", removed);
        }
    }

    /**
     * Deletes the uploads still on no post that were made before {@code cutoff}; answers how many, or 0 when another
     * instance is purging.
     */
    @Transactional
    public int purgeBefore(Instant cutoff) {
        boolean mine = (Boolean) NativeSql.of(entityManager, "select pg_try_advisory_xact_lock(:lock)")
                .bind("lock", PURGE_LOCK).query().getSingleResult();
        if (!mine) {
            return 0;
        }
        return rows.deleteWaitingBefore(cutoff);
    }
}
