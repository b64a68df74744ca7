package nl.relay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The legal archive's memory target of issue 17 (run with {@code ./mvnw -Pbench verify}): seeds posts in a window of
 * their own (2011, before anything else Relay holds), with first versions, an edit on every tenth, likes on every
 * fifth, a reply on every fourth and a removal on every fiftieth, then streams GET /api/admin/export over the first
 * 100,000 and over all 1,000,000 as an admin, reading the response line by line without keeping it. While each export
 * runs, a sampler collects garbage every second and records the heap still in use: the live memory the export holds.
 * Constant memory means that figure does not grow with the size of the window. Sizes:
 * {@code -Dbench.export.sizes=10000,100000} for a quick run. Writes target/bench/archive-export.md and .json.
 */
@QuarkusTest
class ArchiveExportBench {

    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final String YEAR_START = "2011-01-01T00:00:00Z";
    private static final int LIKERS = 20;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void measure() throws Exception {
        List<Long> sizes = Arrays.stream(System.getProperty("bench.export.sizes", "100000,1000000").split(","))
                .map(String::strip).map(Long::parseLong).toList();
        long largest = sizes.stream().mapToLong(Long::longValue).max().orElseThrow();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", BenchReport.environment(dataSource));
        long seedStart = System.nanoTime();
        seed(largest);
        report.put("seeded", Map.of("posts", largest, "seconds", (System.nanoTime() - seedStart) / 1e9));
        String token = login();
        List<Map<String, Object>> exports = new ArrayList<>();
        report.put("exports", exports);
        for (long size : sizes) {
            String to = java.time.Instant.parse(YEAR_START).plus(java.time.Duration.ofMinutes(size)).plusSeconds(30)
                    .toString();
            Map<String, Object> export = export(token, to, size);
            exports.add(export);
            System.out.printf("bench: archive export of %,d posts: %s%n", size, export);
        }
        write(report);
    }

    /** Posts with explicit ids in a block of their own, created one a minute from the start of 2011. */
    private long seed(long posts) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("lock table post in exclusive mode");
            var rows = sql.executeQuery("select nextval('post_id_seq')");
            rows.next();
            long first = rows.getLong(1);
            sql.execute("select setval('post_id_seq', " + (first + posts) + ")");
            sql.execute("insert into account (username, display_name, email, password_hash, roles, search_text) "
                    + "select 'export-bench-' || g, 'Archief Collega ' || g, 'export-bench-' || g || '@example.nl', "
                    + "'!', '{employee}', 'export-bench-' || g from generate_series(1, " + LIKERS + ") g "
                    + "on conflict (username) do nothing");
            rows = sql.executeQuery("select min(id) from account where username like 'export-bench-%'");
            rows.next();
            long author = rows.getLong(1);
            String id = "(" + (first - 1) + " + g)";
            String created = "timestamptz '" + YEAR_START + "' + g * interval '1 minute'";
            // Every fourth post replies to the one before it, in that one's thread.
            sql.execute("insert into post (id, author_id, body, kind, in_reply_to, thread_id, created_at, "
                    + "search_terms) select " + id + ", " + author + " + g % " + LIKERS + ", "
                    + "'Archiefbericht ' || g || ': de klant zoekt een interim controller in de regio Utrecht, "
                    + "wie kent iemand? #finance', case when g % 7 = 0 then 'question' else 'note' end, "
                    + "case when g % 4 = 0 then " + id + " - 1 end, "
                    + "case when g % 4 = 0 then " + id + " - 1 else " + id + " end, " + created
                    + ", ''::tsvector from generate_series(1, " + posts + ") g");
            sql.execute("insert into post_version (post_id, body, edited_at) select " + id
                    + ", 'Eerste versie van archiefbericht ' || g, " + created + " from generate_series(1, " + posts
                    + ") g");
            sql.execute("insert into post_version (post_id, body, edited_at) select " + id
                    + ", 'Archiefbericht ' || g || ', aangepast', " + created + " + interval '30 seconds' "
                    + "from generate_series(10, " + posts + ", 10) g");
            sql.execute("update post set edited_at = created_at + interval '30 seconds' where id between " + first
                    + " and " + (first + posts - 1) + " and (id - " + (first - 1) + ") % 10 = 0");
            sql.execute("insert into post_like (post_id, account_id, created_at) select " + id + ", " + author
                    + " + k, " + created + " + k * interval '1 second' from generate_series(5, " + posts
                    + ", 5) g, generate_series(0, 2) k");
            sql.execute("update post set deleted = true, removed_at = created_at + interval '1 hour', removed_by = "
                    + author + " where id between " + first + " and " + (first + posts - 1) + " and (id - "
                    + (first - 1) + ") % 50 = 0");
            connection.commit();
            sql.execute("analyze post");
            sql.execute("analyze post_version");
            sql.execute("analyze post_like");
            return first;
        }
    }

    private Map<String, Object> export(String token, String to, long size) throws Exception {
        System.gc();
        long baseline = usedHeap();
        AtomicLong peakLive = new AtomicLong();
        List<Long> samples = new ArrayList<>();
        Thread sampler = Thread.ofPlatform().name("export-bench-heap").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                long live = usedHeap();
                synchronized (samples) {
                    samples.add(live);
                }
                peakLive.accumulateAndGet(live, Math::max);
            }
        });
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/api/admin/export?from=" + YEAR_START + "&to=" + to))
                .header("Authorization", "Bearer " + token).GET().build();
        long start = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        int status;
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = response.body()) {
                for (int read; (read = body.read(buffer)) >= 0;) {
                    bytes += read;
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 200 || lines != size) {
            throw new IllegalStateException("export answered " + status + " with " + lines + " lines for " + size);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("posts", size);
        result.put("lines", lines);
        result.put("megabytes", bytes / 1e6);
        result.put("seconds", seconds);
        result.put("postsPerSecond", Math.round(size / seconds));
        result.put("liveHeapBeforeMb", baseline / 1e6);
        result.put("peakLiveHeapDuringMb", peakLive.get() / 1e6);
        result.put("peakLiveHeapAboveBeforeMb", (peakLive.get() - baseline) / 1e6);
        synchronized (samples) {
            result.put("samples", samples.size());
        }
        return result;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private String login() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/api/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"admin-test-password\"}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("login: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static void write(Map<String, Object> report) throws Exception {
        Files.createDirectories(SearchReport.DIRECTORY);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(SearchReport.DIRECTORY.resolve("archive-export.json").toFile(), report);
        StringBuilder md = new StringBuilder("# Legal archive export (issue 17)\n\n")
                .append("Target: 1,000,000 posts export in constant memory: the live heap while exporting does not ")
                .append("grow with the number of posts. Live heap = heap in use right after a garbage collection, ")
                .append("sampled every second during the export (same JVM as the server).\n\n")
                .append("| posts | lines | MB | seconds | posts/s | live heap before (MB) | peak live heap during (MB) "
                        + "| above before (MB) |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> export : (List<Map<String, Object>>) report.get("exports")) {
            md.append(String.format("| %,d | %,d | %.1f | %.1f | %,d | %.1f | %.1f | %.1f |%n", export.get("posts"),
                    export.get("lines"), export.get("megabytes"), export.get("seconds"), export.get("postsPerSecond"),
                    export.get("liveHeapBeforeMb"), export.get("peakLiveHeapDuringMb"),
                    export.get("peakLiveHeapAboveBeforeMb")));
        }
        md.append("\nEnvironment: ").append(report.get("environment")).append("\n");
        Files.writeString(SearchReport.DIRECTORY.resolve("archive-export.md"), md.toString());
    }
}
