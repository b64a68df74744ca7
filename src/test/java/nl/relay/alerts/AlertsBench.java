package nl.relay.alerts;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.alerts.matching.AlertMonitor;
import nl.relay.alerts.matching.MatchablePost;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.alerts.query.AlertQuery;
import nl.relay.bench.ArchiveSeed;
import nl.relay.bench.BenchReport;
import nl.relay.bench.KeepAliveClient;
import nl.relay.bench.Latencies;
import nl.relay.directory.Client;
import nl.relay.platform.text.TextFolding;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * The alert benchmark (part of {@code ./mvnw -Pbench verify}): registers 1,000, 10,000 and 100,000 realistic
 * alerts of 300 people, and at each size times matching one post against all of them; at 10,000 it also times
 * the naive way (every query against the post, one by one) and checks both find the same; it takes the heap
 * the 100,000 alerts keep, and times POST /api/posts with no alerts and with 100,000 (matched in the
 * background), waiting for that matching to finish. Writes target/bench/alerts.{md,json}.
 */
@QuarkusTest
@TestProfile(AlertsBench.Durable.class)
class AlertsBench {

    /** Its own database, with the production setting; mail goes to the mock mailbox (the only outside party). */
    public static class Durable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.embedded-database.durable", "true", "quarkus.mailer.mock", "true",
                    "quarkus.log.category.\"io.quarkus.mailer\".level", "WARN");
        }
    }

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int OWNERS = 300;
    private static final int CLIENTS = 5_000;
    private static final int DOCUMENTS = 300;
    private static final int POST_WARM_UP = 500;
    private static final int POST_TIMED = 2_000;
    private static final int MATCH_WARM_UP_ROUNDS = 3;
    private static final int MATCH_ROUNDS = 5;
    private static final int NAIVE_WARM_UP = 20;
    private static final int INSERT_BATCH = 5_000;
    /** As many posts as the outbox worker matches in one go. */
    private static final int OUTBOX_BATCH = 100;
    private static final String POSTER = "bench5000";
    private static final String MATCH_TASKS = "select count(*) from outbox_task where kind = '"
            + "post.match-alerts'";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AlertMonitor monitor;

    @Inject
    EntityManager entityManager;

    @Test
    void measure() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", BenchReport.environment(dataSource));
        report.put("synchronousCommit", BenchReport.setting(dataSource, "synchronous_commit"));
        ArchiveSeed seed = new ArchiveSeed(dataSource);
        seed.people(BcryptUtil.bcryptHash(ArchiveSeed.PASSWORD, 10));
        RecruitmentMix mix = new RecruitmentMix(ArchiveSeed.ACCOUNTS, CLIENTS);
        List<String> posts = postRequests(mix.posts(DOCUMENTS), seedClients(mix.clients()));
        List<RecruitmentMix.AlertRow> alerts = mix.alerts(SIZES[SIZES.length - 1], OWNERS);
        report.put("queryMix", queryMix(alerts));
        report.put("settings", Map.of("owners", OWNERS, "clients", CLIENTS, "documents", DOCUMENTS, "postWarmUp",
                POST_WARM_UP, "postTimed", POST_TIMED, "matchRounds", MATCH_ROUNDS, "matchWarmUpRounds",
                MATCH_WARM_UP_ROUNDS));
        try (KeepAliveClient http = new KeepAliveClient("localhost", RestAssured.port)) {
            String poster = login(http, POSTER);
            // POST at no alerts first, on the fresh database, so that only the alerts differ in the second run.
            Map<String, Object> quiet = new LinkedHashMap<>();
            List<Long> quietIds = postRun(http, poster, posts, quiet);
            report.put("postWithoutAlerts", quiet);
            List<Document> documents = documents(quietIds.subList(POST_WARM_UP, POST_WARM_UP + DOCUMENTS));

            long heapBefore = usedHeapAfterGc();
            Map<String, Object> sizes = new LinkedHashMap<>();
            int registered = 0;
            for (int size : SIZES) {
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("registration", register(alerts.subList(registered, size), seed.firstAccountId()));
                registered = size;
                List<Set<Long>> found = new ArrayList<>();
                figures.put("matching", matching(documents, found));
                if (size == 10_000) {
                    figures.put("naive", naive(documents, found));
                }
                sizes.put(Integer.toString(size), figures);
            }
            report.put("sizes", sizes);
            long heapAfter = usedHeapAfterGc();
            Map<String, Object> heap = new LinkedHashMap<>();
            heap.put("usedBeforeMb", megabytes(heapBefore));
            heap.put("usedAfterMb", megabytes(heapAfter));
            heap.put("retainedMb", megabytes(heapAfter - heapBefore));
            heap.put("bytesPerAlert", (heapAfter - heapBefore) / SIZES[SIZES.length - 1]);
            report.put("heapFor100kAlerts", heap);
            report.put("catchUpAt100k", catchUpCost());
            // catchUpCost changed 10,000 alerts: their minute passes first, so the posts meet the usual state.
            Thread.sleep(61_000);

            Map<String, Object> loaded = new LinkedHashMap<>();
            List<Long> loadedIds = postRun(http, poster, posts, loaded);
            loaded.put("alertMatchesExpected", expectedMatches(loadedIds));
            report.put("postWith100kAlerts", loaded);
        }
        AlertsBenchReport.write(report);
    }

    /** Inserts the rows in batches, then has the monitor register them; times both. */
    private Map<String, Object> register(List<RecruitmentMix.AlertRow> rows, long firstAccount) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into alert (owner_id, created_by, "
                        + "name, query, frequency, channels, feed_token, created_at, changed_at) values (?, ?, ?, ?, "
                        + "?, ?, ?, now() - make_interval(mins => ?), now() - make_interval(mins => ?))")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < rows.size(); i++) {
                RecruitmentMix.AlertRow row = rows.get(i);
                insert.setLong(1, firstAccount + row.owner());
                insert.setLong(2, firstAccount + row.owner());
                insert.setString(3, row.name());
                insert.setString(4, row.query());
                insert.setString(5, row.frequency());
                insert.setArray(6, connection.createArrayOf("text", row.channels()));
                insert.setString(7, row.feedToken());
                // Alerts saved over the past year, not all in the last minute (see catchUpCost for that case).
                insert.setInt(8, row.ageMinutes());
                insert.setInt(9, row.ageMinutes());
                insert.addBatch();
                if ((i + 1) % INSERT_BATCH == 0 || i == rows.size() - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        double insertSeconds = seconds(started);
        started = System.nanoTime();
        monitor.catchUp();
        double registerSeconds = seconds(started);
        long total = BenchReport.count(dataSource, "select count(*) from alert");
        if (monitor.size() != total) {
            throw new IllegalStateException("The monitor holds " + monitor.size() + " alerts of " + total);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("added", rows.size());
        result.put("insertSeconds", insertSeconds);
        result.put("catchUpSeconds", registerSeconds);
        result.put("alertsPerSecond", Latencies.round(rows.size() / registerSeconds));
        return result;
    }

    /** One post at a time, after warm-up rounds; {@code found} gets each post's matches. */
    private Map<String, Object> matching(List<Document> documents, List<Set<Long>> found) {
        for (int round = 0; round < MATCH_WARM_UP_ROUNDS; round++) {
            documents.forEach(document -> monitor.match(List.of(document)));
        }
        Latencies latencies = new Latencies();
        long totalNanos = 0;
        long matches = 0;
        for (int round = 0; round < MATCH_ROUNDS; round++) {
            for (Document document : documents) {
                long start = System.nanoTime();
                Set<Long> ids = monitor.match(List.of(document)).get(0);
                long took = System.nanoTime() - start;
                latencies.record(took);
                totalNanos += took;
                if (round == 0) {
                    found.add(ids);
                    matches += ids.size();
                }
            }
        }
        Map<String, Object> result = precise(latencies, totalNanos);
        result.put("matchesPerPost", Latencies.round((double) matches / documents.size()));
        result.put("postsWithAMatch", found.stream().filter(ids -> !ids.isEmpty()).count());
        result.put("inBatchesOf100MeanMsPerPost", batched(documents));
        return result;
    }

    /** The mean cost per post when posts are matched a hundred at a time, as the outbox job does. */
    private double batched(List<Document> documents) {
        long totalNanos = 0;
        int posts = 0;
        for (int round = 0; round <= MATCH_ROUNDS; round++) {
            for (int from = 0; from < documents.size(); from += OUTBOX_BATCH) {
                List<Document> batch = documents.subList(from, Math.min(documents.size(), from + OUTBOX_BATCH));
                long start = System.nanoTime();
                monitor.match(batch);
                if (round > 0) {
                    totalNanos += System.nanoTime() - start;
                    posts += batch.size();
                }
            }
        }
        return microseconds(totalNanos / 1e6 / posts);
    }

    /** Per post: one MemoryIndex, then every registered query against it; compared with the monitor's matches. */
    private Map<String, Object> naive(List<Document> documents, List<Set<Long>> monitorFound) throws Exception {
        List<Long> ids = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, query from alert order by id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                queries.add(AlertQuery.parse(rows.getString(2)));
            }
        }
        for (int d = 0; d < NAIVE_WARM_UP; d++) {
            naiveMatch(documents.get(d), ids, queries);
        }
        Latencies analysis = new Latencies();
        long analysisNanos = 0;
        for (Document document : documents) {
            long start = System.nanoTime();
            index(document);
            long took = System.nanoTime() - start;
            analysis.record(took);
            analysisNanos += took;
        }
        Latencies latencies = new Latencies();
        long totalNanos = 0;
        int mismatches = 0;
        for (int d = 0; d < documents.size(); d++) {
            long start = System.nanoTime();
            Set<Long> found = naiveMatch(documents.get(d), ids, queries);
            long took = System.nanoTime() - start;
            latencies.record(took);
            totalNanos += took;
            if (!found.equals(monitorFound.get(d))) {
                mismatches++;
            }
        }
        Map<String, Object> result = precise(latencies, totalNanos);
        result.put("queries", queries.size());
        result.put("analysingThePostAlone", precise(analysis, analysisNanos));
        result.put("postsWhereMatchesDiffer", mismatches);
        return result;
    }

    private static Set<Long> naiveMatch(Document document, List<Long> ids, List<Query> queries) {
        MemoryIndex index = index(document);
        Set<Long> found = new HashSet<>();
        for (int i = 0; i < queries.size(); i++) {
            if (index.search(queries.get(i)) > 0) {
                found.add(ids.get(i));
            }
        }
        return found;
    }

    private static MemoryIndex index(Document document) {
        MemoryIndex index = new MemoryIndex();
        for (IndexableField field : document) {
            index.addField(field, AlertAnalysis.analyzer());
        }
        return index;
    }

    /**
     * A warm-up, then the timed posts, one after the other on one kept-alive connection; then waits until
     * the background matching of every post is done. Answers the ids of all posts written.
     */
    private List<Long> postRun(KeepAliveClient http, String token, List<String> posts, Map<String, Object> result)
            throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < POST_WARM_UP; i++) {
            ids.add(id(created(http.send("POST", "/api/posts", token, posts.get(i % posts.size())))));
        }
        // The timed posts start with no background work waiting, in both runs.
        awaitMatching();
        Latencies latencies = new Latencies();
        long totalNanos = 0;
        long started = System.nanoTime();
        for (int i = 0; i < POST_TIMED; i++) {
            String json = posts.get(i % posts.size());
            long start = System.nanoTime();
            KeepAliveClient.Response response = http.send("POST", "/api/posts", token, json);
            long took = System.nanoTime() - start;
            latencies.record(took);
            totalNanos += took;
            ids.add(id(created(response)));
        }
        double elapsed = seconds(started);
        long backlog = BenchReport.count(dataSource, MATCH_TASKS);
        long drainStarted = System.nanoTime();
        awaitMatching();
        result.putAll(latencies.summary());
        result.put("meanMs", Latencies.round(totalNanos / 1e6 / latencies.count()));
        result.put("postsPerSecond", Latencies.round(POST_TIMED / elapsed));
        result.put("matchTasksWaitingAfterLastPost", backlog);
        result.put("matchingDrainedSeconds", seconds(drainStarted));
        String written = " post_id between " + ids.get(0) + " and " + ids.get(ids.size() - 1);
        result.put("postsWritten", ids.size());
        result.put("alertMatchRows", BenchReport.count(dataSource, "select count(*) from alert_match where" + written));
        result.put("alertNotifications", BenchReport.count(dataSource,
                "select count(*) from notification where type = 'alert' and" + written));
        result.put("otherTasksWaitingAfterDrain", BenchReport.count(dataSource, "select count(*) from outbox_task"));
        return ids;
    }

    /** Waits until no post waits for alert matching any more. */
    private void awaitMatching() throws Exception {
        long started = System.nanoTime();
        while (BenchReport.count(dataSource, MATCH_TASKS) > 0) {
            if (System.nanoTime() - started > 300_000_000_000L) {
                throw new IllegalStateException("Alert matching did not finish within five minutes");
            }
            Thread.sleep(20);
        }
    }

    /** What the monitor finds for the posts now: what the background matching should have kept. */
    private long expectedMatches(List<Long> postIds) {
        long expected = 0;
        for (int from = 0; from < postIds.size(); from += OUTBOX_BATCH) {
            List<Document> batch = documents(postIds.subList(from, Math.min(postIds.size(), from + OUTBOX_BATCH)));
            expected += monitor.match(batch).stream().mapToLong(Set::size).sum();
        }
        return expected;
    }

    /**
     * What {@link AlertMonitor#catchUp()} costs with nothing new to register, as every outbox batch of
     * matching calls it: with 100,000 alerts none changed lately, and in the minute after 10,000 changed.
     */
    private Map<String, Object> catchUpCost() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("idle", timedCatchUps());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update alert set revision = "
                        + "nextval('alert_revision'), changed_at = now() where id in (select id from alert "
                        + "order by id limit 10000)")) {
            update.executeUpdate();
        }
        long started = System.nanoTime();
        monitor.catchUp();
        result.put("reRegister10kSeconds", seconds(started));
        result.put("idleInTheMinuteAfter10kChanged", timedCatchUps());
        return result;
    }

    private Map<String, Object> timedCatchUps() {
        Latencies latencies = new Latencies();
        long totalNanos = 0;
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            monitor.catchUp();
            long took = System.nanoTime() - start;
            if (i >= 5) {
                latencies.record(took);
                totalNanos += took;
            }
        }
        return precise(latencies, totalNanos);
    }

    /** Percentiles and mean to the microsecond: matching one post takes well under a millisecond. */
    private static Map<String, Object> precise(Latencies latencies, long totalNanos) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", latencies.count());
        summary.put("p50Ms", microseconds(latencies.percentile(50)));
        summary.put("p95Ms", microseconds(latencies.percentile(95)));
        summary.put("p99Ms", microseconds(latencies.percentile(99)));
        summary.put("meanMs", microseconds(totalNanos / 1e6 / latencies.count()));
        return summary;
    }

    private static double microseconds(double millis) {
        return Math.round(millis * 1000.0) / 1000.0;
    }

    private List<Document> documents(List<Long> postIds) {
        return QuarkusTransaction.requiringNew().call(() -> MatchablePost.byIds(entityManager, postIds)).stream()
                .map(MatchablePost::document).toList();
    }

    /** Inserts the clients; answers their ids, in the order given. */
    private List<Long> seedClients(List<RecruitmentMix.ClientName> clients) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into client (name, aliases, "
                        + "sector_code, search_text, name_key) values (?, ?, ?, ?, ?) returning id")) {
            for (RecruitmentMix.ClientName client : clients) {
                String[] aliases = client.alias() == null ? new String[0] : new String[]{client.alias()};
                insert.setString(1, client.name());
                insert.setArray(2, connection.createArrayOf("text", aliases));
                insert.setString(3, client.sector());
                insert.setString(4, TextFolding.fold(client.name())
                        + (client.alias() == null ? "" : "\n" + TextFolding.fold(client.alias())));
                insert.setString(5, Client.keyOf(client.name()));
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<String> postRequests(List<RecruitmentMix.PostDraft> drafts, List<Long> clientIds) {
        // A signal names its client and what changed there; a signal the mix wrote about no client is a note.
        return drafts.stream().map(draft -> "{\"body\":\"" + draft.body().replace("\"", "\\\"") + "\",\"kind\":\""
                + (draft.kind().equals("signal") && draft.client() < 0 ? "note" : draft.kind()) + "\""
                + (draft.kind().equals("signal") && draft.client() >= 0 ? ",\"signalType\":\"other\"" : "")
                + (draft.client() < 0 ? "" : ",\"clientId\":" + clientIds.get(draft.client()))
                + (draft.sectorCode() == null ? "" : ",\"sectorCode\":\"" + draft.sectorCode() + "\"") + "}")
                .toList();
    }

    /** The share of each sort of query, by the fields and operators it uses. */
    private static Map<String, Object> queryMix(List<RecruitmentMix.AlertRow> alerts) {
        Map<String, Object> mix = new LinkedHashMap<>();
        for (String sort : List.of("client:", "sector:", "kind:", "author:", "topic:", " OR ", " -", "\"")) {
            long count = alerts.stream().filter(alert -> alert.query().contains(sort)).count();
            mix.put(sort.strip(), Latencies.round(100.0 * count / alerts.size()) + "%");
        }
        mix.put("one word", Latencies.round(100.0 * alerts.stream().filter(alert -> alert.query()
                .matches("[\\p{L}\\p{N}-]+")).count() / alerts.size()) + "%");
        mix.put("examples", alerts.stream().limit(12).map(RecruitmentMix.AlertRow::query).toList());
        return mix;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(250);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String login(KeepAliveClient http, String username) throws Exception {
        KeepAliveClient.Response response = http.send("POST", "/api/auth/login", null, "{\"username\":\"" + username
                + "\",\"password\":\"" + ArchiveSeed.PASSWORD + "\"}");
        Matcher matcher = TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("Cannot sign in: " + response.body());
        }
        return matcher.group(1);
    }

    private static KeepAliveClient.Response created(KeepAliveClient.Response response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Expected 201 but got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static long id(KeepAliveClient.Response response) {
        Matcher matcher = ID.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + response.body());
        }
        return Long.parseLong(matcher.group(1));
    }

    private static double megabytes(long bytes) {
        return Latencies.round(bytes / (1024.0 * 1024.0));
    }

    private static double seconds(long startNanos) {
        return Latencies.round((System.nanoTime() - startNanos) / 1e9);
    }
}
