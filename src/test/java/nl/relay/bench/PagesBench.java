package nl.relay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page benchmark (part of {@code ./mvnw -Pbench verify}): on an archive of 200,000 posts, how long
 * the server takes to answer each page for a reader who follows 2,000 accounts and topics, measured
 * on one kept-alive loopback connection (so the figure includes rendering, the queries and the
 * transfer of the page). Target: p95 under 100 ms. Writes target/bench/pages.{md,json}.
 */
@QuarkusTest
@TestProfile(PagesBench.Durable.class)
class PagesBench {

    /** Its own profile, so it gets a database of its own rather than the posting benchmark's. */
    public static class Durable implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.embedded-database.durable", "true");
        }
    }

    private static final int WARM_UP = 300;
    private static final int TIMED = 1000;
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void measure() throws Exception {
        ArchiveSeed seed = new ArchiveSeed(dataSource);
        seed.people(BcryptUtil.bcryptHash(ArchiveSeed.PASSWORD, 10));
        seed.postsUpTo(200_000);
        try (KeepAliveClient http = new KeepAliveClient("localhost", RestAssured.port)) {
            String reader = login(http, ArchiveSeed.HEAVY_READER);
            String author = login(http, "bench1");
            long thread = id(http.send("POST", "/api/posts", author,
                    "{\"body\":\"Wie kent een goede controller in Utrecht? #finance_utrecht\"}"));
            for (int i = 0; i < 30; i++) {
                http.send("POST", "/api/posts", author, "{\"body\":\"Reactie " + i + ": misschien @bench"
                        + (i + 2) + " vragen?\",\"inReplyTo\":" + thread + "}");
            }
            String topic = BenchReport.count(dataSource, "select count(*) from post_topic") > 0
                    ? firstTopic()
                    : "vacature";
            Map<String, Object> pages = new LinkedHashMap<>();
            for (String path : List.of("/", "/?cursor=" + cursorAfterFirstPage(http, reader), "/all",
                    "/all?kind=vacancy", "/posts/" + thread, "/topics/" + topic, "/people", "/people/bench1",
                    "/clients", "/settings", "/login")) {
                pages.put(path, measure(http, path, path.equals("/login") ? null : reader));
            }
            write(pages);
        }
    }

    private Map<String, Object> measure(KeepAliveClient http, String path, String token) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            check(http.page(path, token), path);
        }
        Latencies latencies = new Latencies();
        int bytes = 0;
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            KeepAliveClient.Response response = http.page(path, token);
            latencies.record(System.nanoTime() - start);
            check(response, path);
            bytes = response.body().length();
        }
        Map<String, Object> result = new LinkedHashMap<>(latencies.summary());
        result.put("characters", bytes);
        result.put("p95Below100Ms", latencies.percentile(95) < 100);
        return result;
    }

    private String cursorAfterFirstPage(KeepAliveClient http, String reader) throws Exception {
        Matcher matcher = Pattern.compile("href=\"/\\?cursor=([^\"]+)\"").matcher(http.page("/", reader)
                .body());
        return matcher.find() ? matcher.group(1) : "";
    }

    private String firstTopic() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select topic from post_topic group by topic "
                        + "order by count(*) desc limit 1")) {
            rows.next();
            return rows.getString(1);
        }
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

    private static long id(KeepAliveClient.Response response) {
        Matcher matcher = ID.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + response.body());
        }
        return Long.parseLong(matcher.group(1));
    }

    private static void check(KeepAliveClient.Response response, String path) {
        if (response.statusCode() != 200 || !response.body().contains("<html")) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    @SuppressWarnings("unchecked")
    private void write(Map<String, Object> pages) throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", BenchReport.environment(dataSource));
        report.put("posts", BenchReport.count(dataSource, "select count(*) from post"));
        report.put("pages", pages);
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("pages.json").toFile(), report);
        StringBuilder markdown = new StringBuilder("""
                # Relay page benchmark

                %s; %s posts; the reader follows 1,900 people and 100 topics. %d timed requests per page
                after %d warm-up requests, on one kept-alive loopback connection.

                | page | p50 ms | p95 ms | p99 ms | characters | p95 < 100 ms |
                |---|---|---|---|---|---|
                """.formatted(report.get("environment"), report.get("posts"), TIMED, WARM_UP));
        pages.forEach((path, figures) -> {
            Map<String, Object> f = (Map<String, Object>) figures;
            markdown.append("| `%s` | %s | %s | %s | %s | %s |%n".formatted(path.length() > 40
                    ? path.substring(0, 40) + "…"
                    : path, f.get("p50Ms"), f.get("p95Ms"), f.get("p99Ms"), f.get("characters"),
                    f.get("p95Below100Ms")));
        });
        Files.writeString(directory.resolve("pages.md"), markdown);
        System.out.println(markdown);
    }
}
