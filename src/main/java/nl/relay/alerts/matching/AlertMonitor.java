package nl.relay.alerts.matching;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.relay.alerts.Alert;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.alerts.query.AlertQuery;
import nl.relay.alerts.query.InvalidAlertQuery;
import nl.relay.platform.database.SignalReceiver;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.jboss.logging.Logger;

/**
 * This instance's Lucene Monitor: every alert's query, registered at start and kept current through the
 * {@value #CHANNEL} signal that every change sends to every instance. Before matching, {@link #catchUp}
 * also reads any change the signal has not brought yet, so a post never meets an outdated alert.
 */
@ApplicationScoped
public class AlertMonitor implements SignalReceiver {

    public static final String CHANNEL = "relay_alert";
    private static final Logger LOG = Logger.getLogger(AlertMonitor.class);
    private static final int REGISTER_BATCH = 5_000;

    private final Monitor monitor;
    private final DataSource dataSource;
    /** The revision of each alert registered, by id. */
    private final Map<Long, Long> registered = new ConcurrentHashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("relay-alert-refresher").daemon(true).factory());
    private long highestRevision;

    AlertMonitor(DataSource dataSource) {
        this.dataSource = dataSource;
        try {
            this.monitor = new Monitor(AlertAnalysis.analyzer(), AlertPresearcher.create());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void onStart(@Observes StartupEvent event) {
        refresher.submit(this::loadAll);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        refresher.shutdownNow();
        monitor.close();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** The signal names the alert that changed: it is read again (or dropped when deleted), then the rest. */
    @Override
    public void received(String payload) {
        refresher.submit(() -> refreshQuietly(payload));
    }

    /** After the database was away, signals may have been missed: compare everything once. */
    @Override
    public void listening(Connection connection, boolean reconnected) {
        if (reconnected) {
            refresher.submit(this::loadAll);
        }
    }

    /** Every ten minutes, a full comparison with the database, in case a signal was lost. */
    @Scheduled(every = "10m", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcile() {
        refresher.submit(this::loadAll);
    }

    /** The ids of the alerts each document matches, in document order. */
    public List<Set<Long>> match(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            MultiMatchingQueries<QueryMatch> matches = monitor.match(documents.toArray(Document[]::new),
                    QueryMatch.SIMPLE_MATCHER);
            if (!matches.getErrors().isEmpty()) {
                LOG.warnf("%d alert queries failed to run: %s", matches.getErrors().size(),
                        matches.getErrors().keySet());
            }
            List<Set<Long>> result = new ArrayList<>(documents.size());
            for (int i = 0; i < documents.size(); i++) {
                Set<Long> ids = new HashSet<>();
                for (QueryMatch match : matches.getMatches(i)) {
                    ids.add(Long.parseLong(match.getQueryId()));
                }
                result.add(ids);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether every alert has been loaded once since this instance started. */
    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    /** How many alerts are registered. */
    public int size() {
        return registered.size();
    }

    /**
     * Waits for the first load, then registers every alert changed since the last look: those with a
     * higher revision, and those changed in the last ten seconds (a revision is drawn before its transaction
     * commits, so a lower one may appear after a higher one; the signal sent at that commit brings it too).
     */
    public void catchUp() {
        awaitLoaded();
        synchronized (this) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("select id, query, revision from alert "
                            + "where revision > ? or changed_at > now() - interval '10 seconds'")) {
                statement.setLong(1, highestRevision);
                register(statement);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not read the alerts", e);
            }
        }
    }

    private void refreshQuietly(String payload) {
        try {
            long id = Long.parseLong(payload);
            awaitLoaded();
            synchronized (this) {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement statement = connection.prepareStatement(
                                "select id, query, revision from alert where id = ?")) {
                    statement.setLong(1, id);
                    if (register(statement).isEmpty() && registered.remove(id) != null) {
                        monitor.deleteById(Long.toString(id));
                    }
                }
            }
            catchUp();
        } catch (NumberFormatException e) {
            LOG.warnf("Ignored a malformed alert signal: %s", payload);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("Could not bring the alert matcher up to date; it tries again before the next match", e);
        }
    }

    private void awaitLoaded() {
        try {
            if (!loaded.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The alerts are still being loaded");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the alerts", e);
        }
    }

    /** Registers every alert whose revision differs from the one registered; removes deleted ones. */
    private synchronized void loadAll() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select id, query, revision from alert")) {
            connection.setAutoCommit(false);
            statement.setFetchSize(REGISTER_BATCH);
            Set<Long> present = register(statement);
            connection.commit();
            List<String> gone = registered.keySet().stream().filter(id -> !present.contains(id))
                    .map(String::valueOf).toList();
            if (!gone.isEmpty()) {
                monitor.deleteById(gone);
                gone.forEach(id -> registered.remove(Long.parseLong(id)));
            }
            if (loaded.getCount() > 0) {
                LOG.infof("Alert matcher ready with %d alerts", registered.size());
            }
            loaded.countDown();
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("Could not load the alerts; trying again in ten seconds", e);
            refresher.submit(() -> {
                sleep(10_000);
                loadAll();
            });
        }
    }

    /** Registers the rows (id, query, revision) not registered at that revision yet; answers all ids read. */
    private Set<Long> register(PreparedStatement statement) throws SQLException, IOException {
        Set<Long> seen = new HashSet<>();
        List<MonitorQuery> batch = new ArrayList<>();
        Map<Long, Long> batchRevisions = new java.util.HashMap<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                long revision = rows.getLong(3);
                seen.add(id);
                Long known = registered.get(id);
                highestRevision = Math.max(highestRevision, revision);
                if (known != null && known == revision) {
                    continue;
                }
                try {
                    batch.add(new MonitorQuery(Long.toString(id), AlertQuery.parse(rows.getString(2))));
                    batchRevisions.put(id, revision);
                } catch (InvalidAlertQuery e) {
                    LOG.warnf("Alert %d has a query that no longer parses (%s); it matches nothing", id, e.reason());
                }
                if (batch.size() == REGISTER_BATCH) {
                    flush(batch, batchRevisions);
                }
            }
        }
        flush(batch, batchRevisions);
        return seen;
    }

    /**
     * Registers a batch at once; if the monitor refuses it, one by one, so a single query it cannot take
     * leaves that alert out, logged, and never the others or the whole matcher.
     */
    private void flush(List<MonitorQuery> batch, Map<Long, Long> revisions) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            monitor.register(batch);
            registered.putAll(revisions);
        } catch (RuntimeException refused) {
            for (MonitorQuery query : batch) {
                long id = Long.parseLong(query.getId());
                try {
                    monitor.register(query);
                    registered.put(id, revisions.get(id));
                } catch (RuntimeException e) {
                    LOG.warnf("Alert %d has a query the matcher cannot take (%s); it matches nothing", id,
                            e.getMessage());
                }
            }
        }
        batch.clear();
        revisions.clear();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
