package nl.relay.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import org.jboss.logging.Logger;

/**
 * Runs outbox tasks: woken right after a transaction records one, and polling every second for work
 * left by a crash or by another instance. Tasks are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances share the work and each task runs to success exactly once.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    private static final int MAX_BACKOFF_SECONDS = 3600;
    private static final int BATCH = 100;
    /** After this many failures a task is parked: kept, with its last error, but no longer retried. */
    static final int MAX_ATTEMPTS = 15;

    private final EntityManager entityManager;
    private final OutboxHandlers handlers;
    private final Outbox outbox;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("relay-outbox").daemon(true).factory());
    private volatile boolean stopped;

    /** The wait before a failed task's first retry ({@code relay.outbox.first-retry}); it doubles with each further one. */
    private final long firstRetrySeconds;

    OutboxWorker(EntityManager entityManager, OutboxHandlers handlers, Outbox outbox,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "relay.outbox.first-retry", defaultValue = "PT10S") java.time.Duration firstRetry) {
        this.firstRetrySeconds = Math.max(1, firstRetry.toSeconds());
        this.entityManager = entityManager;
        this.handlers = handlers;
        this.outbox = outbox;
    }

    /** A claimed task: which handler does it, and the message it carries (as stored). */
    private record Task(long id, String kind, String message, String payload) {

        static Task of(Row row) {
            return new Task(row.longValue("id"), row.text("kind"), row.text("message"), row.text("payload"));
        }
    }

    void onStart(@Observes StartupEvent event) {
        wake();
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxTaskRecorded event) {
        wake();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        executor.shutdown();
    }

    /**
     * Runs every due task now, on the caller's thread, and waits (up to ten seconds) for due tasks another
     * thread is running; for tests that need the work done.
     */
    public void drain() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        do {
            while (!stopped && (runBatch() | runOne())) {
                // keep going until nothing is due: batches of database work, then one task at a time
            }
        } while (!stopped && dueElsewhere() && System.nanoTime() < deadline && pause());
    }

    /** Whether due tasks remain that this thread could not claim: another thread is running them. */
    private boolean dueElsewhere() {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery(
                "select exists (select 1 from outbox_task where run_after <= now())").getSingleResult());
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Claims up to a batch of due tasks of one kind (the oldest due task's) and runs them through its handler
     * in one transaction: a slow kind (matching alerts) never holds up or locks another (notifying). If any
     * fails, the batch is undone and its tasks run one by one, so only the failing one waits for a retry.
     */
    private boolean runBatch() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Task> tasks = claim(BATCH);
                if (tasks.isEmpty()) {
                    return false;
                }
                Map<String, List<Task>> byKind = new LinkedHashMap<>();
                tasks.forEach(task -> byKind.computeIfAbsent(task.kind(), k -> new ArrayList<>()).add(task));
                byKind.forEach((kind, ofKind) -> handleAll(handler(kind), ofKind));
                entityManager.createNativeQuery("delete from outbox_task where id = any(?1)")
                        .setParameter(1, tasks.stream().map(Task::id).toArray(Long[]::new))
                        .executeUpdate();
                return true;
            });
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < BATCH && runOne(); i++) {
                // one by one, until the failing task has been postponed and the rest are done
            }
            return true;
        }
    }

    private OutboxHandler<?> handler(String kind) {
        return handlers.named(kind).orElseThrow(() -> new IllegalStateException("no handler for " + kind));
    }

    @SuppressWarnings("unchecked")
    private <M extends OutboxMessage> void handleAll(OutboxHandler<M> handler, List<Task> tasks) {
        handler.handleAll(tasks.stream().map(task -> (M) outbox.read(task.message(), task.payload())).toList());
    }

    @SuppressWarnings("unchecked")
    private <M extends OutboxMessage> void handle(OutboxHandler<M> handler, Task task) {
        handler.handle((M) outbox.read(task.message(), task.payload()));
    }

    private List<Task> claim(int limit) {
        return NativeSql.select(entityManager, """
                select id, kind, message, payload from outbox_task
                where run_after <= now() and kind = (
                    select kind from outbox_task where run_after <= now() and kind <> all(cast(?2 as text[]))
                    order by run_after, id limit 1 for update skip locked)
                order by run_after, id limit ?1 for update skip locked""")
                .bind(1, limit)
                .bind(2, handlers.reachingOutside().toArray(String[]::new))
                .list(Task::of);
    }

    private void wake() {
        if (stopped) {
            return;
        }
        again.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drainInBackground);
        }
    }

    private void drainInBackground() {
        try {
            while (again.getAndSet(false)) {
                drain();
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox worker stopped a round early", e);
        } finally {
            draining.set(false);
            if (again.get() && !stopped) {
                wake();
            }
        }
    }

    /** A task that failed, and why. */
    private record Failure(long taskId, String error) {
    }

    /** Claims and runs one due task; false when there was none. */
    private boolean runOne() {
        Failure[] failed = new Failure[1];
        Boolean ran;
        try {
            ran = runOneClaimed(failed);
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException rolledBack) {
            // The handler failed and its work was undone (the transaction was marked rollback-only).
            if (failed[0] == null) {
                throw rolledBack;
            }
            ran = true;
        }
        if (failed[0] != null) {
            postpone(failed[0].taskId(), failed[0].error());
        }
        return ran;
    }

    private Boolean runOneClaimed(Failure[] failed) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Task> claimed = NativeSql.select(entityManager, """
                    select id, kind, message, payload from outbox_task
                    where run_after <= now() order by run_after, id limit 1 for update skip locked""")
                    .first(Task::of);
            if (claimed.isEmpty()) {
                return false;
            }
            Task task = claimed.get();
            try {
                handle(handler(task.kind()), task);
            } catch (RuntimeException e) {
                failed[0] = new Failure(task.id(), e.toString());
                QuarkusTransaction.setRollbackOnly();
                return true;
            }
            entityManager.createNativeQuery("delete from outbox_task where id = ?1").setParameter(1, task.id())
                    .executeUpdate();
            return true;
        });
    }

    private void postpone(long id, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Optional<Integer> attempts = NativeSql.of(entityManager, "select attempts from outbox_task where id = ?1",
                    Integer.class).bind(1, id).query().getResultStream().findFirst().map(Integer.class::cast);
            if (attempts.isEmpty()) {
                return;
            }
            int next = attempts.get() + 1;
            long backoff = Math.min(MAX_BACKOFF_SECONDS, firstRetrySeconds << Math.min(next - 1, 12));
            boolean park = next >= MAX_ATTEMPTS;
            if (park) {
                LOG.errorf("Outbox task %d failed %d times and is parked (run_after = infinity): %s", id, next, error);
            } else {
                LOG.warnf("Outbox task %d failed (attempt %d), retrying in %d s: %s", id, next, backoff, error);
            }
            entityManager.createNativeQuery("""
                    update outbox_task set attempts = ?2, last_error = ?4,
                        run_after = case when ?5 then 'infinity'::timestamptz else now() + make_interval(secs => ?3) end
                    where id = ?1""")
                    .setParameter(1, id)
                    .setParameter(2, next)
                    .setParameter(3, (double) backoff)
                    .setParameter(4, error.length() > 2000 ? error.substring(0, 2000) : error)
                    .setParameter(5, park)
                    .executeUpdate();
        });
    }
}
