package nl.relay.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged Relay jar, started as a newcomer would start it, in a process of its own. */
final class RelayProcess implements AutoCloseable {

    /** One client for every request, so a long run never runs out of file descriptors. */
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Process process;
    private final Path log;
    final int port;

    private RelayProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static RelayProcess start(Path workDir, Map<String, String> environment) throws Exception {
        RelayProcess relay = launch(workDir, environment);
        relay.awaitReady();
        return relay;
    }

    /** Starts Relay without waiting for it to become ready, for a start that is expected to fail. */
    static RelayProcess launch(Path workDir, Map<String, String> environment) throws Exception {
        String jar = System.getProperty("relay.app.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("Package Relay first: no jar at " + jar);
        }
        int port = freePort();
        Path log = Files.createTempFile(workDir, "relay-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("RELAY_"));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putAll(environment);
        return new RelayProcess(builder.start(), log, port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Opens a GET whose body is read as it arrives (a live stream). */
    HttpResponse<java.io.InputStream> open(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stops Relay as an operator would (SIGTERM) and returns its exit code. */
    int stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Relay did not stop within 60 s");
        }
        return process.exitValue();
    }

    /** Kills the JVM as a crash or {@code kill -9} would (SIGKILL): no shutdown hook runs. */
    void kill() throws Exception {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Relay did not die within 60 s of SIGKILL");
        }
    }

    /** Waits for a Relay that should stop on its own and returns its exit code. */
    int awaitExit() throws Exception {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Relay did not exit within 120 s:\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            stop();
        }
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Relay exited early:\n" + log());
            }
            try {
                if (send("GET", "/q/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Relay did not become ready:\n" + log());
    }

    static Map<String, String> env(String... keyValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return env;
    }
}
