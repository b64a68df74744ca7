package nl.relay.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Once a day, once across instances: removes the read audit's entries older than relay.privacy.audit-retention.
 * The only delete the audit allows: it tells the table's trigger so for its own transaction.
 */
@ApplicationScoped
public class AuditRetentionJob {

    private static final Logger LOG = Logger.getLogger(AuditRetentionJob.class);

    /** The advisory lock that lets one instance purge at a time (73400 and the number). */
    private static final long PURGE_LOCK = 7340017;

    private final EntityManager entityManager;
    private final PrivacyConfig config;
    private final Clock clock;

    AuditRetentionJob(EntityManager entityManager, PrivacyConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 3 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int removed = purgeBefore(cutoff());
        if (removed > 0) {
            LOG.infof("Removed %d read audit entries past their retention", removed);
        }
    }

    /** The moment before which entries are past their retention, now. */
    public Instant cutoff() {
        return clock.instant().atOffset(ZoneOffset.UTC).minus(config.auditRetention()).toInstant();
    }

    /**
     * Removes the entries from before {@code cutoff}; answers how many, or 0 when another instance is purging
     * (it holds the lock to the end of its transaction).
     */
    @Transactional
    public int purgeBefore(Instant cutoff) {
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, PURGE_LOCK).getSingleResult();
        if (!mine) {
            return 0;
        }
        entityManager.createNativeQuery("select set_config('relay.audit_purge', 'on', true)").getSingleResult();
        return entityManager.createNativeQuery("delete from person_read where at < ?1")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }
}
