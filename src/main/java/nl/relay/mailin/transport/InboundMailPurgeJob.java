package nl.relay.mailin.transport;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Every relay.mail-in.purge-every, once across instances: forgets arrived mail past relay.mail-in.keep (the rows of
 * handled mail; the raw bytes of mail never handled, and those rows once twice as old). Logs counts, never who.
 */
@ApplicationScoped
public class InboundMailPurgeJob {

    private static final Logger LOG = Logger.getLogger(InboundMailPurgeJob.class);

    /** The advisory lock that lets one instance purge at a time (73400 and the number). */
    private static final long PURGE_LOCK = 7340018;

    private final InboundMails inboundMails;
    private final EntityManager entityManager;
    private final MailInConfig config;
    private final Clock clock;

    InboundMailPurgeJob(InboundMails inboundMails, EntityManager entityManager, MailInConfig config, Clock clock) {
        this.inboundMails = inboundMails;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${relay.mail-in.purge-every:1h}", delayed = "3m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        run().filter(purged -> purged.deleted() > 0 || purged.emptied() > 0).ifPresent(purged -> LOG.infof(
                "Forgot %d arrived mails and the contents of %d never handled", purged.deleted(), purged.emptied()));
    }

    /** One purge, now by the clock; empty when another instance is purging. */
    @Transactional
    public Optional<InboundMails.Purged> run() {
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, PURGE_LOCK).getSingleResult();
        if (!mine) {
            return Optional.empty();
        }
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(config.keep()).toInstant();
        Instant orphanCutoff = cutoff.atOffset(ZoneOffset.UTC).minus(config.keep()).toInstant();
        return Optional.of(inboundMails.purgeBefore(cutoff, orphanCutoff));
    }
}
