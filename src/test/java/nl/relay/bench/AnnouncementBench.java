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
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The announcement benchmark (issue 20; run with {@code ./mvnw -Pbench verify -Dtest=AnnouncementBench}): seeds
 * 40,000 accounts in one statement (30% mail each notification, the rest a digest), then, three times, posts a
 * company-wide announcement and measures its POST latency, the latency of ordinary posts that four clients send
 * while its fan-out runs (against the same clients without a fan-out), and the time until all 40,000 have their
 * notification and home feed row. Writes target/bench/announcements.{md,json}.
 */
@QuarkusTest
@TestProfile(AnnouncementBench.Production.class)
class AnnouncementBench {

    /** As Relay runs: durable commits and the production fan-out batch; mails wait longer than the bench runs. */
    public static class Production implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.embedded-database.durable", "true",
                    "relay.announcements.fan-out-batch", "2000",
                    "relay.notifications.email-delay", "PT1H");
        }
    }

    static final int ACCOUNTS = 40_000;
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 3;
    private static final String PASSWORD = "bench-password";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Inject
    AgroalDataSource dataSource;

    private final ThreadLocal<KeepAliveClient> http = ThreadLocal
            .withInitial(() -> new KeepAliveClient("localhost", RestAssured.port));

    @Test
    void measure() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", BenchReport.environment(dataSource));
        report.put("fsync", BenchReport.setting(dataSource, "fsync"));
        report.put("synchronousCommit", BenchReport.setting(dataSource, "synchronous_commit"));
        report.put("fanOutBatch", 2000);
        long started = System.nanoTime();
        seed(BcryptUtil.bcryptHash(PASSWORD, 10));
        report.put("seedSeconds", seconds(started));
        long audience = BenchReport.count(dataSource, "select count(*) from account where active") - 1;
        report.put("audience", audience);
        report.put("instantMailers", BenchReport.count(dataSource,
                "select count(*) from account where active and email_delivery = 'instant' and username <> 'annc'"));
        String announcer = login("annc");
        List<String> writers = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            writers.add(login("ann" + i));
        }
        Latencies warmUp = new Latencies();
        postWhile(writers, deadline(Duration.ofSeconds(3)), warmUp);
        Latencies quiet = new Latencies();
        AtomicBoolean quietRunning = deadline(Duration.ofSeconds(10));
        double quietSeconds = postWhile(writers, quietRunning, quiet);
        report.put("ordinaryPostsWithoutFanOut", withRate(quiet.summary(), quiet.count(), quietSeconds));

        Latencies announcing = new Latencies();
        Latencies during = new Latencies();
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            rounds.add(round(announcer, writers, audience, announcing, during, round));
        }
        report.put("rounds", rounds);
        report.put("announcementPost", announcing.summary());
        report.put("ordinaryPostsDuringFanOut", during.summary());
        write(report);
    }

    /** One announcement: its POST, ordinary posts until its fan-out is done, and how long that took. */
    private Map<String, Object> round(String announcer, List<String> writers, long audience, Latencies announcing,
            Latencies during, int round) throws Exception {
        long mailTasksBefore = BenchReport.count(dataSource,
                "select count(*) from outbox_task where message = 'NotificationMail'");
        AtomicBoolean running = new AtomicBoolean(true);
        Latencies thisRound = new Latencies();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<Double> load = background.submit(() -> postWhile(writers, running, thisRound, during));
        Thread.sleep(500);
        long start = System.nanoTime();
        KeepAliveClient.Response response = http.get().send("POST", "/api/announcements", announcer,
                "{\"body\":\"Mededeling " + round + ": vanaf maandag werken we met het nieuwe intakeformulier. "
                        + "Lees de toelichting en bevestig dat je het gelezen hebt.\"}");
        long postNanos = System.nanoTime() - start;
        check(response, 201);
        announcing.record(postNanos);
        Matcher id = ID.matcher(response.body());
        id.find();
        long postId = Long.parseLong(id.group(1));
        long notified;
        long feedRows;
        while (true) {
            notified = BenchReport.count(dataSource, "select count(*) from notification where post_id = " + postId
                    + " and type = 'announcement'");
            feedRows = BenchReport.count(dataSource, "select count(*) from timeline_entry where post_id = " + postId);
            if (notified >= audience && feedRows >= audience) {
                break;
            }
            if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("fan-out incomplete after 10 minutes: " + notified + " of " + audience);
            }
            Thread.sleep(20);
        }
        double reachedSeconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        double loadSeconds = load.get();
        background.shutdown();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("round", round);
        result.put("postMs", Latencies.round(postNanos / 1e6));
        result.put("secondsUntilAllReached", Latencies.round(reachedSeconds));
        result.put("notifications", notified);
        result.put("feedRows", feedRows);
        result.put("mailTasksScheduled", BenchReport.count(dataSource,
                "select count(*) from outbox_task where message = 'NotificationMail'") - mailTasksBefore);
        result.put("ordinaryPostsDuringFanOut", withRate(thisRound.summary(), thisRound.count(), loadSeconds));
        return result;
    }

    private static Map<String, Object> withRate(Map<String, Object> summary, int count, double seconds) {
        Map<String, Object> result = new LinkedHashMap<>(summary);
        result.put("clients", CLIENTS);
        result.put("postsPerSecond", Latencies.round(count / seconds));
        return result;
    }

    private static AtomicBoolean deadline(Duration duration) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.set(false);
        });
        return running;
    }

    /** The clients post ordinary posts while {@code running}; answers the seconds it took. */
    private double postWhile(List<String> tokens, AtomicBoolean running, Latencies... latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (String token : tokens) {
            futures.add(pool.submit(() -> {
                while (running.get()) {
                    String body = "{\"body\":\"Wie kent een goede #developer_utrecht? Vraag "
                            + sequence.incrementAndGet()
                            + "\"}";
                    long begin = System.nanoTime();
                    KeepAliveClient.Response response = http.get().send("POST", "/api/posts", token, body);
                    long took = System.nanoTime() - begin;
                    for (Latencies each : latencies) {
                        each.record(took);
                    }
                    check(response, 201);
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

    /** 40,000 colleagues in one statement, each following ten others; one communications account. */
    private void seed(String hash) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into account (username, display_name, email, password_hash, roles, search_text, "
                    + "email_delivery) select 'ann' || g, 'Collega ' || g, 'ann' || g || '@example.nl', '" + hash
                    + "', '{employee}', 'ann' || g || ' collega ' || g, case when g % 10 < 3 then 'instant' "
                    + "else 'digest' end from generate_series(1, " + ACCOUNTS + ") g");
            statement.execute("insert into account (username, display_name, email, password_hash, roles, search_text) "
                    + "values ('annc', 'Interne Communicatie', 'annc@example.nl', '" + hash
                    + "', '{employee,communications}', 'annc interne communicatie')");
            long first;
            try (var rows = statement.executeQuery("select min(id) from account where username like 'ann%'")) {
                rows.next();
                first = rows.getLong(1);
            }
            // Everyone follows ten colleagues, so ordinary posts have home feeds to reach as well.
            statement.execute("insert into follow_account (follower_id, followee_id) select " + first + " + a, "
                    + first + " + (a + k * 997) % " + ACCOUNTS + " from generate_series(0, " + (ACCOUNTS - 1)
                    + ") a, generate_series(1, 10) k on conflict do nothing");
            statement.execute("vacuum analyze");
        }
    }

    private String login(String username) throws Exception {
        KeepAliveClient.Response response = http.get().send("POST", "/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
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

    private static double seconds(long startNanos) {
        return Latencies.round((System.nanoTime() - startNanos) / 1e9);
    }

    @SuppressWarnings("unchecked")
    private static void write(Map<String, Object> report) throws Exception {
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("announcements.json").toFile(), report);
        Map<String, Object> quiet = (Map<String, Object>) report.get("ordinaryPostsWithoutFanOut");
        Map<String, Object> during = (Map<String, Object>) report.get("ordinaryPostsDuringFanOut");
        Map<String, Object> announcing = (Map<String, Object>) report.get("announcementPost");
        StringBuilder markdown = new StringBuilder(
                """
                        # Relay announcement benchmark (issue 20)

                        %s, fsync %s, synchronous_commit %s. %s accounts in the audience (%s mail each notification,
                        the others a digest), fan-out batch %s. %d clients post ordinary posts on kept-alive connections.

                        | measure | p50 ms | p95 ms | p99 ms | requests |
                        |---|---|---|---|---|
                        | POST /api/announcements (company-wide) | %s | %s | %s | %s |
                        | POST /api/posts, no fan-out running | %s | %s | %s | %s |
                        | POST /api/posts, while a fan-out runs | %s | %s | %s | %s |

                        | round | POST ms | seconds until all reached | notifications | feed rows | mail tasks scheduled | posts/s during |
                        |---|---|---|---|---|---|---|
                        """
                        .formatted(report.get("environment"), report.get("fsync"), report.get("synchronousCommit"),
                                report.get("audience"), report.get("instantMailers"), report.get("fanOutBatch"),
                                CLIENTS,
                                announcing.get("p50Ms"), announcing.get("p95Ms"), announcing.get("p99Ms"),
                                announcing.get("requests"),
                                quiet.get("p50Ms"), quiet.get("p95Ms"), quiet.get("p99Ms"), quiet.get("requests"),
                                during.get("p50Ms"), during.get("p95Ms"), during.get("p99Ms"), during.get("requests")));
        for (Map<String, Object> round : (List<Map<String, Object>>) report.get("rounds")) {
            markdown.append("| %s | %s | %s | %s | %s | %s | %s |%n".formatted(round.get("round"), round.get("postMs"),
                    round.get("secondsUntilAllReached"), round.get("notifications"), round.get("feedRows"),
                    round.get("mailTasksScheduled"),
                    ((Map<String, Object>) round.get("ordinaryPostsDuringFanOut")).get("postsPerSecond")));
        }
        markdown.append("%nWithout a fan-out the clients posted %s posts/s.%n".formatted(quiet.get("postsPerSecond")));
        Files.writeString(directory.resolve("announcements.md"), markdown);
        System.out.println(markdown);
    }
}
