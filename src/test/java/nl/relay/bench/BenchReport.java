package nl.relay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Writes the benchmark's figures, with the targets they are judged against, as Markdown and JSON. */
public final class BenchReport {

    private BenchReport() {
    }

    public static Map<String, Object> environment(DataSource dataSource) throws SQLException {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("date", Instant.now().toString());
        environment.put("cores", Runtime.getRuntime().availableProcessors());
        environment.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        environment.put("java", System.getProperty("java.version"));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select version()")) {
            rows.next();
            environment.put("database", rows.getString(1));
        }
        return environment;
    }

    public static String setting(DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    public static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @SuppressWarnings("unchecked")
    static void write(Map<String, Object> report) throws Exception {
        Map<String, Object> feed1 = (Map<String, Object>) report.get("feedAt1M");
        Map<String, Object> feed3 = (Map<String, Object>) report.get("feedAt3M");
        Map<String, Object> posts = (Map<String, Object>) report.get("postThroughput");
        Map<String, Object> raw = (Map<String, Object>) report.get("rawJdbcBaseline");
        double p95at1 = (double) feed1.get("p95Ms");
        double p95at3 = (double) feed3.get("p95Ms");
        double ratio = (double) posts.get("postsPerSecond") / (double) raw.get("rowsPerSecond");
        Map<String, Object> verdicts = new LinkedHashMap<>();
        verdicts.put("feedP95At1MAtMost20Ms", p95at1 <= 20);
        verdicts.put("feedP95At3MAtMost1.2xOf1M", p95at3 <= 1.2 * p95at1);
        verdicts.put("postThroughputAtLeast40PercentOfRaw", ratio >= 0.4);
        verdicts.put("postP99Below50Ms", (double) posts.get("p99Ms") < 50);
        report.put("postToRawRatio", Latencies.round(ratio));
        report.put("targetsMet", verdicts);

        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("feed-and-post.json").toFile(), report);
        String markdown = """
                # Relay posting benchmark

                %s, fsync %s, synchronous_commit %s

                | measure | figure | target | met |
                |---|---|---|---|
                | GET /api/feed p50 / p95 / p99 at 1M posts | %s / %s / %s ms | p95 <= 20 ms | %s |
                | GET /api/feed p50 / p95 / p99 at 3M posts | %s / %s / %s ms | p95 <= 1.2 x the 1M figure | %s |
                | GET /api/feed pages 2-10, p95 at 1M / 3M | %s / %s ms | | |
                | POST /api/posts at %s clients | %s posts/s, p50 %s ms, p99 %s ms | >= 40%% of raw, p99 < 50 ms | %s, %s |
                | raw JDBC single-row inserts at %s clients | %s rows/s, p99 %s ms | baseline | |
                | POST throughput / raw | %s | >= 0.40 | |

                The reader follows 1,900 accounts and 100 topics; their precomputed timeline holds %s rows at 1M
                posts and %s at 3M (%s timeline rows for everyone at 3M). Seeding took %s s to 1M and %s s more
                to 3M. Full figures: feed-and-post.json.
                """
                .formatted(report.get("environment"), report.get("fsync"), report.get("synchronousCommit"),
                        feed1.get("p50Ms"), feed1.get("p95Ms"), feed1.get("p99Ms"),
                        verdicts.get("feedP95At1MAtMost20Ms"),
                        feed3.get("p50Ms"), feed3.get("p95Ms"), feed3.get("p99Ms"),
                        verdicts.get("feedP95At3MAtMost1.2xOf1M"),
                        ((Map<String, Object>) feed1.get("pages2to10")).get("p95Ms"),
                        ((Map<String, Object>) feed3.get("pages2to10")).get("p95Ms"),
                        posts.get("clients"), posts.get("postsPerSecond"), posts.get("p50Ms"), posts.get("p99Ms"),
                        verdicts.get("postThroughputAtLeast40PercentOfRaw"), verdicts.get("postP99Below50Ms"),
                        raw.get("clients"), raw.get("rowsPerSecond"), raw.get("p99Ms"), Latencies.round(ratio),
                        report.get("timelineRowsOfReader1M"), report.get("timelineRowsOfReader3M"),
                        report.get("timelineRowsTotal3M"), report.get("seedSeconds1M"), report.get("seedSeconds3M"));
        Files.writeString(directory.resolve("feed-and-post.md"), markdown);
        System.out.println(markdown);
    }
}
