package nl.relay.notifications.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.relay.accounts.sessions.HeldSession;
import nl.relay.notifications.NotificationView;
import nl.relay.notifications.Notifications;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.WebDetails;

/**
 * {@code GET /api/notifications/stream}: one person's notifications live, as server-sent events with the
 * notification id as event id. Served straight on the HTTP layer rather than through a REST resource,
 * so an idle stream holds little more than its connection (thousands are held open at once). A
 * reconnecting browser sends Last-Event-ID and first gets what it missed, from the database, while live
 * events wait; then everything new, from any instance, as the hub hears of it. New posts in the reader's
 * home feed come as {@code event: feed} with {@code {"postId":123}}, without an event id, so Last-Event-ID
 * keeps naming the last notification.
 */
@ApplicationScoped
public class NotificationStreamRoute {

    static final String PATH = "/api/notifications/stream";
    private static final int REPLAY_LIMIT = 500;
    private static final int REMEMBERED = 1000;

    private final NotificationHub hub;
    private final Notifications notifications;
    private final IdentityProviderManager identities;
    private final ObjectMapper json;

    NotificationStreamRoute(NotificationHub hub, Notifications notifications, IdentityProviderManager identities,
            ObjectMapper json) {
        this.hub = hub;
        this.notifications = notifications;
        this.identities = identities;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.get(PATH).order(9_000).handler(this::stream);
        router.route(PATH).order(9_001).handler(context -> {
            context.response().putHeader("Allow", "GET");
            problem(context, 405, "Method Not Allowed", "The stream is read with GET.");
        });
    }

    private void stream(RoutingContext context) {
        QuarkusHttpUser.getSecurityIdentity(context, identities).subscribe().with(
                identity -> open(context, identity),
                failure -> problem(context, 401, "Unauthorized", "Sign in first."));
    }

    private void open(RoutingContext context, SecurityIdentity identity) {
        HeldSession session = HeldSession.of(identity);
        if (session == null) {
            problem(context, 401, "Unauthorized", "Sign in first.");
            return;
        }
        long recipient = session.accountId();
        Long lastEventId;
        try {
            String header = context.request().getHeader("Last-Event-ID");
            lastEventId = header == null || header.isBlank() ? null : Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            problem(context, 422, "Unprocessable Content", "Last-Event-ID must be a notification id.");
            return;
        }
        HttpServerResponse response = context.response();
        response.setChunked(true).putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-store").putHeader("X-Accel-Buffering", "no");
        Connection connection = new Connection(response, lastEventId != null);
        NotificationHub.Stream stream = hub.open(session, connection);
        // The token's expiry ends the stream to the second; sign-outs and account changes end it through the hub.
        long untilExpiry = Math.max(1, Duration.between(Instant.now(), session.expiresAt()).toMillis());
        long expiryTimer = context.vertx().setTimer(untilExpiry, ignored -> stream.end());
        response.closeHandler(ignored -> {
            context.vertx().cancelTimer(expiryTimer);
            stream.close();
        });
        response.exceptionHandler(ignored -> stream.close());
        response.write(": connected\n\n");
        if (lastEventId != null) {
            Infrastructure.getDefaultWorkerPool().execute(() -> connection.replay(recipient, lastEventId));
        }
    }

    private void problem(RoutingContext context, int status, String title, String detail) {
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(
                            new Problem(WebDetails.type(status), title, status, detail, List.of())));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }

    /** One open stream: what it has sent (to drop repeats), and the live events held during a replay. */
    private final class Connection implements NotificationHub.Listener {

        private final HttpServerResponse response;
        private final Set<Long> sent = Collections.newSetFromMap(new LinkedHashMap<>() {

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > REMEMBERED;
            }
        });
        private List<NotificationView> held;
        private boolean ended;

        Connection(HttpServerResponse response, boolean replaying) {
            this.response = response;
            this.held = replaying ? new ArrayList<>() : null;
        }

        @Override
        public synchronized void notifications(List<NotificationView> views) {
            if (held != null) {
                held.addAll(views);
            } else {
                send(views);
            }
        }

        @Override
        public synchronized void feed(List<Long> postIds) {
            if (ended || response.closed()) {
                return;
            }
            StringBuilder frames = new StringBuilder();
            for (long postId : postIds) {
                frames.append("event: feed\ndata: {\"postId\":").append(postId).append("}\n\n");
            }
            response.write(frames.toString());
        }

        @Override
        public void keepAlive() {
            response.write(": still here\n\n");
        }

        @Override
        public synchronized void sessionEnded() {
            ended = true;
            held = null;
            if (!response.closed() && !response.ended()) {
                response.end("event: session-ended\ndata: {}\n\n");
            }
        }

        void replay(long recipient, long lastEventId) {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                List<NotificationView> missed = notifications.after(recipient, lastEventId, REPLAY_LIMIT);
                synchronized (this) {
                    send(missed);
                    send(held);
                    held = null;
                }
            } catch (RuntimeException e) {
                response.reset();
            } finally {
                request.terminate();
            }
        }

        private void send(List<NotificationView> views) {
            if (ended || views == null) {
                return;
            }
            StringBuilder frames = new StringBuilder();
            for (NotificationView view : views) {
                if (sent.add(view.id())) {
                    try {
                        frames.append("id: ").append(view.id()).append("\nevent: notification\ndata: ")
                                .append(json.writeValueAsString(view)).append("\n\n");
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("Cannot write notification " + view.id(), e);
                    }
                }
            }
            if (!frames.isEmpty() && !response.closed()) {
                response.write(frames.toString());
            }
        }
    }
}
