package nl.relay.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open live stream ({@code /api/notifications/stream}) as a client holds it: its notifications as
 * "id|data" strings as they arrive, the posts its feed events named (with the id line they came with), the
 * names of all events it was sent, and whether the server ended it.
 */
public final class LiveEvents implements AutoCloseable {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> names = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> feed = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final Thread reader;
    private final BufferedReader lines;
    private volatile boolean ended;

    public LiveEvents(URL streamUrl, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(streamUrl.toString()))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        reader = Thread.ofVirtual().start(this::read);
    }

    private void read() {
        String id = null;
        String event = null;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                    names.add(event);
                } else if (line.startsWith("data:") && "notification".equals(event)) {
                    received.add(id + "|" + line.substring(5).strip());
                } else if (line.startsWith("data:") && "feed".equals(event)) {
                    feed.add(id + "|" + line.substring(5).strip());
                } else if (line.isEmpty()) {
                    event = null;
                    id = null;
                }
            }
        } catch (Exception closed) {
            // closed by the test
        } finally {
            ended = true;
        }
    }

    /** The next event's "id|data", waiting up to 10 seconds. */
    public String next() throws InterruptedException {
        String event = received.poll(10, TimeUnit.SECONDS);
        assertTrue(event != null, "an event within 10 s");
        return event;
    }

    /** The next event's "id|data" if one comes within the time, else null. */
    public String poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The next feed event's "id|data" (id is null when it had none), waiting up to 10 seconds. */
    public String nextFeed() throws InterruptedException {
        String event = feed.poll(10, TimeUnit.SECONDS);
        assertTrue(event != null, "a feed event within 10 s");
        return event;
    }

    /** The feed events received so far, as "id|data", taking them. */
    public java.util.List<String> feedSoFar() {
        java.util.List<String> events = new java.util.ArrayList<>();
        feed.drainTo(events);
        return events;
    }

    /** Whether the server has closed the stream. */
    public boolean ended() {
        return ended;
    }

    /** The names of the events sent so far ("notification", "session-ended"). */
    public java.util.List<String> eventNames() {
        return java.util.List.copyOf(names);
    }

    @Override
    public void close() throws Exception {
        reader.interrupt();
        lines.close();
        client.close();
    }
}
