package nl.relay.privacy.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.database.NativeSql;
import org.jboss.logging.Logger;

/**
 * Once across instances, every relay.privacy.retention.check-every: anonymises every person that is due and not
 * held, and warns owners once, relay.privacy.retention.warn-ahead before, of what will be anonymised (a notification
 * of type retention naming only their own post and the moment). Logs counts, never who.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    /** The advisory lock that lets one instance run retention at a time (73401 and the number). */
    private static final long RETENTION_LOCK = 7340117;

    /** What one run did; {@code ran} is false when another instance was running it. */
    public record Outcome(boolean ran, int anonymised, int warned) {
    }

    private final EntityManager entityManager;
    private final RetentionPlan plan;
    private final AnonymisePerson anonymise;
    private final WriteNotifications notifications;
    private final RetentionConfig config;
    private final Clock clock;

    RetentionJob(EntityManager entityManager, RetentionPlan plan, AnonymisePerson anonymise,
            WriteNotifications notifications, RetentionConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.plan = plan;
        this.anonymise = anonymise;
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "{relay.privacy.retention.check-every}", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Outcome outcome = run();
        if (outcome.anonymised() > 0 || outcome.warned() > 0) {
            LOG.infof("Retention anonymised %d people and warned %d times", outcome.anonymised(), outcome.warned());
        }
    }

    /** One run, now by the clock: anonymise what is due, warn of what soon will be. */
    @Transactional
    public Outcome run() {
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RETENTION_LOCK).getSingleResult();
        if (!mine) {
            return new Outcome(false, 0, 0);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant warnUntil = now.atOffset(ZoneOffset.UTC).plus(config.warnAhead()).toInstant();
        List<RetentionDue> soon = plan.dueBy(warnUntil).stream().filter(due -> !due.held()).toList();
        int anonymised = 0;
        for (RetentionDue due : soon) {
            if (!due.dueAt().isAfter(now) && anonymise.anonymise(due.kind(), due.id())) {
                anonymised++;
            }
        }
        int warned = warn(soon.stream().filter(due -> due.dueAt().isAfter(now)).toList(), now);
        return new Outcome(true, anonymised, warned);
    }

    /** One warning per owner's post and due moment, ever: the retention_warning row says it was given. */
    private int warn(List<RetentionDue> coming, Instant now) {
        List<NewNotification> news = coming.stream().map(due -> new Warning(due.postId(), due.dueAt())).distinct()
                .filter(warning -> firstWarning(warning, now))
                .map(warning -> NewNotification.retention(ownerOf(warning.postId()), warning.postId(),
                        warning.dueAt()))
                .toList();
        if (!news.isEmpty()) {
            notifications.write(news);
        }
        return news.size();
    }

    private record Warning(long postId, Instant dueAt) {
    }

    private boolean firstWarning(Warning warning, Instant now) {
        return NativeSql.of(entityManager, """
                insert into retention_warning (post_id, due_at, warned_at) values (:post, :due, :now)
                on conflict do nothing""")
                .bind("post", warning.postId()).bind("due", Timestamp.from(warning.dueAt()))
                .bind("now", Timestamp.from(now)).query().executeUpdate() == 1;
    }

    private long ownerOf(long postId) {
        return ((Number) entityManager.createNativeQuery("""
                select coalesce((select owner_id from candidate where post_id = ?1),
                                (select owner_id from vacancy where post_id = ?1))""")
                .setParameter(1, postId).getSingleResult()).longValue();
    }
}
