package nl.relay.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-stream benchmark (part of {@code ./mvnw -Pbench verify}): two packaged instances on one
 * database. Posts go to the first at 100 per second, each addressed to one of 20 people whose streams
 * are held by the second; the time from the post's commit to the event on the other instance is
 * measured. Then 10,000 idle streams are opened on the second instance and its memory compared before
 * and after. Writes target/bench/stream.{md,json}.
 */
class StreamBenchIT {

    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final String PASSWORD = "wervingsdagen-2012";
    private static final int RECIPIENTS = 20;
    private static final int RATE = 100;
    static final String HEAP_OPTIONS = "-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern POST_CREATED = Pattern.compile("\"createdAt\":\"([^\"]+)\"");

    @TempDir
    Path workDir;

    @Test
    void measure() throws Exception {
        int databasePort = RelayProcess.freePort();
        Path sharedData = workDir.resolve("shared");
        try (RelayProcess first = RelayProcess.start(workDir, RelayProcess.env("RELAY_DATA_DIR",
                sharedData.toString(), "RELAY_EMBEDDED_DATABASE_PORT", Integer.toString(databasePort),
                "RELAY_ADMIN_PASSWORD", ADMIN_PASSWORD));
                RelayProcess second = RelayProcess.start(workDir, RelayProcess.env(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                        "QUARKUS_DATASOURCE_USERNAME", "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD", Files.readString(sharedData.resolve("postgres-password")),
                        // The heap settings the Docker image uses, so a heap that grew is given back after a GC.
                        "JAVA_TOOL_OPTIONS", HEAP_OPTIONS))) {
            String admin = login(first, "admin", ADMIN_PASSWORD);
            List<String> recipients = new ArrayList<>();
            for (int i = 0; i < RECIPIENTS; i++) {
                recipients.add(account(first, admin, "lezer" + i));
            }
            List<String> authors = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                authors.add(account(first, admin, "schrijver" + i));
            }
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("cores", Runtime.getRuntime().availableProcessors());
            report.put("commitToEvent", commitToEvent(first, second, recipients, authors));
            report.put("idleStreams", idleStreams(second, recipients));
            write(report);
        }
    }

    /** 15 s of warm-up (both instances compile their hot paths), then 30 s at 100 posts/s; each event's delay. */
    private Map<String, Object> commitToEvent(RelayProcess first, RelayProcess second, List<String> recipients,
            List<String> authors) throws Exception {
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        AtomicLong measuring = new AtomicLong(Long.MAX_VALUE);
        List<Socket> streams = new ArrayList<>();
        ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
        for (String token : recipients) {
            Socket socket = openStream(second, token);
            streams.add(socket);
            readers.submit(() -> read(socket, delays, measuring));
        }
        ExecutorService posters = Executors.newFixedThreadPool(authors.size());
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        long warmUpEnds = start + Duration.ofSeconds(15).toNanos();
        long ends = warmUpEnds + Duration.ofSeconds(30).toNanos();
        AtomicLong measuredPosts = new AtomicLong();
        for (long n = 0;; n++) {
            long due = start + n * 1_000_000_000L / RATE;
            if (due >= ends) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (due >= warmUpEnds && measuring.get() == Long.MAX_VALUE) {
                measuring.set(System.currentTimeMillis());
                delays.clear();
            }
            boolean measured = due >= warmUpEnds;
            long number = n;
            posters.submit(() -> {
                HttpResponse<String> response = first.send("POST", "/api/posts", authors.get((int) (number % 4)),
                        "{\"body\":\"Bericht " + number + " voor @lezer" + (number % RECIPIENTS) + "\"}");
                if (response.statusCode() == 201) {
                    sent.incrementAndGet();
                    if (measured) {
                        measuredPosts.incrementAndGet();
                    }
                }
                return null;
            });
        }
        posters.shutdown();
        posters.awaitTermination(1, TimeUnit.MINUTES);
        Thread.sleep(3000);
        for (Socket socket : streams) {
            socket.close();
        }
        readers.shutdownNow();
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("postsPerSecond", RATE);
        result.put("measuredPosts", measuredPosts.get());
        result.put("eventsReceived", sorted.size());
        result.put("p50Ms", percentile(sorted, 50));
        result.put("p95Ms", percentile(sorted, 95));
        result.put("p99Ms", percentile(sorted, 99));
        result.put("maxMs", sorted.isEmpty() ? null : sorted.get(sorted.size() - 1));
        result.put("p99AtMost250Ms", !sorted.isEmpty() && percentile(sorted, 99) <= 250);
        return result;
    }

    /** The second instance's memory (after a full GC) before and after 10,000 idle streams. */
    private Map<String, Object> idleStreams(RelayProcess second, List<String> tokens) throws Exception {
        long heapBefore = heapAfterGc(second);
        long rssBefore = rss(second);
        List<Socket> idle = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            idle.add(openStream(second, tokens.get(i % tokens.size())));
        }
        Thread.sleep(5000);
        long heapAfter = heapAfterGc(second);
        long rssAfter = rss(second);
        for (Socket socket : idle) {
            socket.close();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("streams", idle.size());
        result.put("heapBeforeMb", heapBefore / 1_048_576);
        result.put("heapAfterMb", heapAfter / 1_048_576);
        result.put("heapCostMb", (heapAfter - heapBefore) / 1_048_576);
        result.put("rssBeforeMb", rssBefore / 1024);
        result.put("rssAfterMb", rssAfter / 1024);
        result.put("rssCostMb", (rssAfter - rssBefore) / 1024);
        result.put("costAtMost300Mb", (rssAfter - rssBefore) / 1024 <= 300);
        return result;
    }

    private static Socket openStream(RelayProcess relay, String token) throws Exception {
        Socket socket = new Socket("localhost", relay.port());
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/notifications/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    private static void read(Socket socket, List<Long> delays, AtomicLong measuring) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    long now = System.currentTimeMillis();
                    Matcher created = POST_CREATED.matcher(line);
                    if (created.find()) {
                        long commit = Instant.parse(created.group(1)).toEpochMilli();
                        if (commit >= measuring.get()) {
                            delays.add(now - commit);
                        }
                    }
                }
            }
        } catch (Exception closed) {
            // the measurement is over
        }
    }

    private static long heapAfterGc(RelayProcess relay) throws Exception {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(relay.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(30, TimeUnit.SECONDS);
        String metrics = relay.send("GET", "/q/metrics", login(relay, "admin", ADMIN_PASSWORD), null).body();
        long used = 0;
        Matcher heap = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.E]+)")
                .matcher(metrics);
        while (heap.find()) {
            used += (long) Double.parseDouble(heap.group(1));
        }
        return used;
    }

    private static long rss(RelayProcess relay) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(relay.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static String account(RelayProcess relay, String admin, String username) throws Exception {
        HttpResponse<String> created = relay.send("POST", "/api/accounts", admin, "{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"email\":\"" + username + "@example.nl\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"employee\"]}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException(created.body());
        }
        HttpResponse<String> preferences = relay.send("PUT", "/api/me/preferences", login(relay, username, PASSWORD),
                "{\"email\":\"off\"}");
        if (preferences.statusCode() != 200) {
            throw new IllegalStateException(preferences.body());
        }
        return login(relay, username, PASSWORD);
    }

    private static String login(RelayProcess relay, String username, String password) throws Exception {
        Matcher matcher = TOKEN.matcher(relay.send("POST", "/api/auth/login", null, "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\"}").body());
        if (!matcher.find()) {
            throw new IllegalStateException("Cannot sign in " + username);
        }
        return matcher.group(1);
    }

    private static Long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    @SuppressWarnings("unchecked")
    private static void write(Map<String, Object> report) throws Exception {
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("stream.json").toFile(), report);
        Map<String, Object> events = (Map<String, Object>) report.get("commitToEvent");
        Map<String, Object> idle = (Map<String, Object>) report.get("idleStreams");
        String markdown = """
                # Relay live-stream benchmark

                Two packaged instances on one embedded PostgreSQL, %s cores. Posts to the first, streams on the second
                (run with %s, as in the Docker image).

                | measure | figure | target | met |
                |---|---|---|---|
                | commit to event, %s posts/s for 30 s (%s posts, %s events) | p50 %s / p95 %s / p99 %s ms, max %s ms | p99 <= 250 ms | %s |
                | %s idle streams | heap +%s MB (after GC), resident memory +%s MB (%s -> %s MB) | <= 300 MB | %s |
                """
                .formatted(report.get("cores"), HEAP_OPTIONS, events.get("postsPerSecond"), events.get("measuredPosts"),
                        events.get("eventsReceived"), events.get("p50Ms"), events.get("p95Ms"), events.get("p99Ms"),
                        events.get("maxMs"), events.get("p99AtMost250Ms"), idle.get("streams"), idle.get("heapCostMb"),
                        idle.get("rssCostMb"), idle.get("rssBeforeMb"), idle.get("rssAfterMb"),
                        idle.get("costAtMost300Mb"));
        Files.writeString(directory.resolve("stream.md"), markdown);
        System.out.println(markdown);
    }
}
