package nl.relay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What flushing every commit to disk costs a POST: four clients post for 20 s (after 3 s of warm-up)
 * on a fresh embedded database, in the mode the subclass's profile sets, then four JDBC connections
 * insert the same row for 20 s, the commit without the request around it. Each mode writes
 * target/bench/post-durability-{mode}.json, and post-durability.md compares the modes measured so far.
 */
abstract class PostDurabilityLoad {

    private static final int CLIENTS = 4;
    private static final String PASSWORD = "bench-password-2012";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Path REPORTS = Path.of("target", "bench");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Inject
    AgroalDataSource dataSource;

    /** One kept-alive connection per load thread. */
    private final ThreadLocal<KeepAliveClient> http = ThreadLocal
            .withInitial(() -> new KeepAliveClient("localhost", RestAssured.port));

    /** The name of the mode in the report: durable or not-durable. */
    abstract String mode();

    /** The reports' name: each mode's figures go to {name}-{mode}.json, the comparison to {name}.md. */
    String reportName() {
        return "post-durability";
    }

    /** The comparison's title. */
    String title() {
        return "What durability costs POST /api/posts";
    }

    /** After the comparison is written: for a benchmark whose report takes these figures too. */
    void reported() throws Exception {
    }

    @Test
    void measure() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("mode", mode());
        report.put("environment", BenchReport.environment(dataSource));
        for (String setting : List.of("fsync", "full_page_writes", "synchronous_commit")) {
            report.put(setting, BenchReport.setting(dataSource, setting));
        }
        report.put("loadAverageBefore", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.put("postThroughput", posts(writers()));
        report.put("rawJdbcInserts", rawInserts());
        report.put("loadAverageAfter", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Files.createDirectories(REPORTS);
        JSON.writeValue(REPORTS.resolve(reportName() + "-" + mode() + ".json").toFile(), report);
        writeComparison();
        reported();
    }

    /** Four accounts, each with its own token, created through the API as an administrator would. */
    private List<String> writers() throws Exception {
        String admin = login("admin", "admin-test-password");
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            check(http.get().send("POST", "/api/accounts", admin, ("{\"username\":\"bench%d\",\"displayName\":"
                    + "\"Bench %d\",\"email\":\"bench%d@example.nl\",\"password\":\"%s\",\"roles\":[\"recruiter\"]}")
                    .formatted(i, i, i, PASSWORD)), 201);
            tokens.add(login("bench" + i, PASSWORD));
        }
        return tokens;
    }

    /** The post FeedAndPostBench sends: a topic, a mention of one of the writers, a kind. */
    private Map<String, Object> posts(List<String> tokens) throws Exception {
        AtomicLong sequence = new AtomicLong();
        Latencies warmUp = new Latencies();
        runFor(Duration.ofSeconds(3), worker -> post(tokens.get(worker), sequence.incrementAndGet(), warmUp));
        Latencies latencies = new Latencies();
        double elapsed = runFor(Duration.ofSeconds(20),
                worker -> post(tokens.get(worker), sequence.incrementAndGet(), latencies));
        Map<String, Object> result = new LinkedHashMap<>(latencies.summary());
        result.put("clients", CLIENTS);
        result.put("seconds", Latencies.round(elapsed));
        result.put("postsPerSecond", Latencies.round(latencies.count() / elapsed));
        return result;
    }

    private void post(String token, long n, Latencies latencies) throws Exception {
        String body = "{\"body\":\"Nieuwe vacature " + n + " voor een #developer_amsterdam, wie kent iemand? @bench"
                + (1 + n % CLIENTS) + "\",\"kind\":\"vacancy\"}";
        long start = System.nanoTime();
        KeepAliveClient.Response response = http.get().send("POST", "/api/posts", token, body);
        latencies.record(System.nanoTime() - start);
        check(response, 201);
    }

    /**
     * The same post row inserted over JDBC, one autocommitted statement each, 4 connections for 20 s:
     * the commit's own cost, with none of the HTTP request's work around it.
     */
    private Map<String, Object> rawInserts() throws Exception {
        long author = BenchReport.count(dataSource, "select id from account where username = 'bench1'");
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> statements = FeedAndPostBench.rawInsertStatements(dataSource, CLIENTS, connections);
        AtomicLong sequence = new AtomicLong();
        Latencies warmUp = new Latencies();
        runFor(Duration.ofSeconds(3), worker -> insert(statements.get(worker), author, sequence, warmUp));
        Latencies latencies = new Latencies();
        double elapsed = runFor(Duration.ofSeconds(20),
                worker -> insert(statements.get(worker), author, sequence, latencies));
        for (Connection connection : connections) {
            connection.close();
        }
        Map<String, Object> result = new LinkedHashMap<>(latencies.summary());
        result.put("rowsPerSecond", Latencies.round(latencies.count() / elapsed));
        return result;
    }

    private static void insert(PreparedStatement statement, long author, AtomicLong sequence, Latencies latencies)
            throws Exception {
        statement.setLong(1, author);
        statement.setString(2, "Nieuwe vacature " + sequence.incrementAndGet() + " voor een #developer_amsterdam");
        long start = System.nanoTime();
        statement.executeUpdate();
        latencies.record(System.nanoTime() - start);
    }

    @SuppressWarnings("unchecked")
    private void writeComparison() throws Exception {
        StringBuilder markdown = new StringBuilder("# " + title() + "\n\n" +
                """
                        | mode | fsync | synchronous_commit | POST posts/s | POST p50 / p95 / p99 | raw JDBC inserts/s | raw p50 / p99 | load average |
                        |---|---|---|---|---|---|---|---|
                        """);
        Object environment = null;
        try (Stream<Path> files = Files.list(REPORTS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(reportName() + "-.*\\.json"))
                    .sorted().toList()) {
                Map<String, Object> report = JSON.readValue(file.toFile(), Map.class);
                Map<String, Object> posts = (Map<String, Object>) report.get("postThroughput");
                Map<String, Object> raw = (Map<String, Object>) report.get("rawJdbcInserts");
                environment = report.get("environment");
                markdown.append("| %s | %s | %s | %s | %s / %s / %s ms | %s | %s / %s ms | %.1f to %.1f |%n".formatted(
                        report.get("mode"), report.get("fsync"), report.get("synchronous_commit"),
                        posts.get("postsPerSecond"), posts.get("p50Ms"), posts.get("p95Ms"), posts.get("p99Ms"),
                        raw.get("rowsPerSecond"), raw.get("p50Ms"), raw.get("p99Ms"),
                        report.get("loadAverageBefore"), report.get("loadAverageAfter")));
            }
        }
        markdown.append(("\n%d clients, 20 s after 3 s of warm-up, each mode on a fresh database; the load"
                + " average is the machine's, before and after the mode's run. %s%n").formatted(CLIENTS, environment));
        Files.writeString(REPORTS.resolve(reportName() + ".md"), markdown);
        System.out.println(markdown);
    }

    /** Runs the action in a loop on one thread per client for the duration; returns the seconds it took. */
    private static double runFor(Duration duration, FeedAndPostBench.Action action) throws Exception {
        return FeedAndPostBench.runFor(CLIENTS, duration, action);
    }

    private String login(String username, String password) throws Exception {
        KeepAliveClient.Response response = http.get().send("POST", "/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        check(response, 200);
        Matcher matcher = TOKEN.matcher(response.body());
        matcher.find();
        return matcher.group(1);
    }

    private static void check(KeepAliveClient.Response response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
