package nl.relay.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The posting benchmark (run with {@code ./mvnw -Pbench verify}): seeds 10,000 accounts and 1,000,000
 * posts, measures the home feed of a reader who follows 2,000 accounts and topics, grows the archive to
 * 3,000,000 posts and measures again, then measures POST /api/posts at 4 concurrent clients against
 * raw single-row JDBC inserts of the same row, all in one run. Writes target/bench/feed-and-post.{md,json}.
 */
@QuarkusTest
@TestProfile(FeedAndPostBench.Durable.class)
class FeedAndPostBench {

    /** The benchmark runs with the production setting: every commit flushed before it is acknowledged. */
    public static class Durable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.embedded-database.durable", "true");
        }
    }

    private static final int CLIENTS = 4;
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

    @Inject
    AgroalDataSource dataSource;

    /** One kept-alive connection per load thread. */
    private final ThreadLocal<KeepAliveClient> http = ThreadLocal
            .withInitial(() -> new KeepAliveClient("localhost", RestAssured.port));

    @Test
    void measure() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", BenchReport.environment(dataSource));
        report.put("fsync", BenchReport.setting(dataSource, "fsync"));
        report.put("synchronousCommit", BenchReport.setting(dataSource, "synchronous_commit"));
        ArchiveSeed seed = new ArchiveSeed(dataSource);
        long started = System.nanoTime();
        seed.people(BcryptUtil.bcryptHash(ArchiveSeed.PASSWORD, 10));
        seed.postsUpTo(1_000_000);
        report.put("seedSeconds1M", seconds(started));
        String reader = login(ArchiveSeed.HEAVY_READER);
        report.put("timelineRowsOfReader1M", BenchReport.count(dataSource,
                "select count(*) from timeline_entry where account_id = " + seed.heavyReaderId()));
        report.put("feedAt1M", feed(reader));

        started = System.nanoTime();
        seed.postsUpTo(3_000_000);
        report.put("seedSeconds3M", seconds(started));
        report.put("timelineRowsOfReader3M", BenchReport.count(dataSource,
                "select count(*) from timeline_entry where account_id = " + seed.heavyReaderId()));
        report.put("timelineRowsTotal3M", BenchReport.count(dataSource, "select count(*) from timeline_entry"));
        report.put("feedAt3M", feed(reader));

        List<String> writers = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            writers.add(login("bench" + i));
        }
        report.put("postThroughput", posts(writers));
        report.put("rawJdbcBaseline", rawInserts(seed.firstAccountId()));
        BenchReport.write(report);
    }

    /** 3,000 warm-up reads, then 2,000 timed reads of the first page, and 200 scrolls ten pages deep. */
    private Map<String, Object> feed(String token) throws Exception {
        for (int i = 0; i < 3000; i++) {
            get("/api/feed", token);
        }
        Latencies firstPage = new Latencies();
        for (int i = 0; i < 2000; i++) {
            long start = System.nanoTime();
            KeepAliveClient.Response response = get("/api/feed", token);
            firstPage.record(System.nanoTime() - start);
            check(response, 200);
        }
        Latencies deeper = new Latencies();
        for (int round = 0; round < 200; round++) {
            String cursor = null;
            for (int page = 0; page < 10; page++) {
                long start = System.nanoTime();
                KeepAliveClient.Response response = get("/api/feed" + (cursor == null ? "" : "?cursor=" + cursor),
                        token);
                if (page > 0) {
                    deeper.record(System.nanoTime() - start);
                }
                check(response, 200);
                cursor = next(response.body());
            }
        }
        Map<String, Object> result = new LinkedHashMap<>(firstPage.summary());
        result.put("pages2to10", deeper.summary());
        return result;
    }

    /** Four clients post for 20 s (after 3 s of warm-up), each with its own account. */
    private Map<String, Object> posts(List<String> tokens) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong sequence = new AtomicLong();
        runFor(tokens.size(), Duration.ofSeconds(3), worker -> {
            String body = "{\"body\":\"Opwarmen " + sequence.incrementAndGet() + " #vacature_utrecht\"}";
            check(post(tokens.get(worker), body), 201);
        });
        long[] counted = new long[1];
        double elapsed = runFor(tokens.size(), Duration.ofSeconds(20), worker -> {
            long n = sequence.incrementAndGet();
            String body = "{\"body\":\"Nieuwe vacature " + n + " voor een #developer_amsterdam, wie kent iemand? @bench"
                    + (1 + n % ArchiveSeed.ACCOUNTS) + "\",\"kind\":\"vacancy\"}";
            long start = System.nanoTime();
            KeepAliveClient.Response response = post(tokens.get(worker), body);
            latencies.record(System.nanoTime() - start);
            check(response, 201);
        });
        counted[0] = latencies.count();
        Map<String, Object> result = new LinkedHashMap<>(latencies.summary());
        result.put("clients", tokens.size());
        result.put("seconds", Latencies.round(elapsed));
        result.put("postsPerSecond", Latencies.round(counted[0] / elapsed));
        return result;
    }

    /** Four JDBC connections insert the same post row, one autocommitted statement per row, for 20 s. */
    private Map<String, Object> rawInserts(long authorId) throws Exception {
        Latencies latencies = new Latencies();
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> statements = rawInsertStatements(dataSource, CLIENTS, connections);
        AtomicLong sequence = new AtomicLong();
        runFor(CLIENTS, Duration.ofSeconds(3), worker -> insert(statements.get(worker), authorId, sequence));
        double elapsed = runFor(CLIENTS, Duration.ofSeconds(20), worker -> {
            long start = System.nanoTime();
            insert(statements.get(worker), authorId, sequence);
            latencies.record(System.nanoTime() - start);
        });
        for (Connection connection : connections) {
            connection.close();
        }
        Map<String, Object> result = new LinkedHashMap<>(latencies.summary());
        result.put("clients", CLIENTS);
        result.put("seconds", Latencies.round(elapsed));
        result.put("rowsPerSecond", Latencies.round(latencies.count() / elapsed));
        return result;
    }

    private static void insert(PreparedStatement statement, long authorId, AtomicLong sequence) throws Exception {
        statement.setLong(1, authorId);
        statement.setString(2, "Nieuwe vacature " + sequence.incrementAndGet()
                + " voor een #developer_amsterdam, wie kent iemand? @bench1");
        statement.executeUpdate();
    }

    /**
     * One autocommitted connection per client, each with the statement that inserts the post row the POST
     * bench sends (author and body as parameters); the connections are added to {@code opened} to close.
     */
    static List<PreparedStatement> rawInsertStatements(javax.sql.DataSource dataSource, int clients,
            List<Connection> opened) throws java.sql.SQLException {
        List<PreparedStatement> statements = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            opened.add(connection);
            statements.add(connection.prepareStatement("with n as (select nextval('post_id_seq') as id) "
                    + "insert into post (id, author_id, body, kind, thread_id, created_at) "
                    + "select n.id, ?, ?, 'vacancy', n.id, now() from n"));
        }
        return statements;
    }

    /** Runs the action in a loop on n threads for the duration; returns the seconds it took. */
    static double runFor(int threads, Duration duration, Action action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    action.run(worker);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    private String login(String username) throws Exception {
        KeepAliveClient.Response response = post(null, "{\"username\":\"" + username + "\",\"password\":\""
                + ArchiveSeed.PASSWORD + "\"}", "/api/auth/login");
        check(response, 200);
        Matcher matcher = TOKEN.matcher(response.body());
        matcher.find();
        return matcher.group(1);
    }

    private KeepAliveClient.Response get(String path, String token) throws Exception {
        return http.get().send("GET", path, token, null);
    }

    private KeepAliveClient.Response post(String token, String json) throws Exception {
        return post(token, json, "/api/posts");
    }

    private KeepAliveClient.Response post(String token, String json, String path) throws Exception {
        return http.get().send("POST", path, token, json);
    }

    private static void check(KeepAliveClient.Response response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static String next(String body) {
        Matcher matcher = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static double seconds(long startNanos) {
        return Latencies.round((System.nanoTime() - startNanos) / 1e9);
    }

    /** One step of a load loop, for worker number n. */
    interface Action {

        void run(int worker) throws Exception;
    }
}
