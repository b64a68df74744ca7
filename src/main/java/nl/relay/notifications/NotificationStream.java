package nl.relay.notifications;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person's live stream of notifications as server-sent events, each with the notification's id as
 * its event id. A reconnecting browser sends Last-Event-ID and first gets what it missed, from the
 * database; then everything new, from any instance, as the hub hears of it.
 */
@ApplicationScoped
public class NotificationStream {

    private static final int REPLAY_LIMIT = 500;
    private static final int REMEMBERED = 1000;

    private final NotificationHub hub;
    private final Notifications notifications;

    NotificationStream(NotificationHub hub, Notifications notifications) {
        this.hub = hub;
        this.notifications = notifications;
    }

    public Multi<OutboundSseEvent> open(long recipientId, Long lastEventId, Sse sse) {
        boolean[] replaying = {lastEventId != null};
        return Multi.createFrom().emitter(emitter -> {
            Set<Long> sent = Collections.newSetFromMap(new LinkedHashMap<>() {

                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            });
            // Live events wait while the missed ones are replayed, so the stream stays in order.
            List<NotificationView> held = lastEventId == null ? null : new java.util.ArrayList<>();
            NotificationHub.Stream stream = hub.open(recipientId, new NotificationHub.Listener() {

                @Override
                public void notifications(List<NotificationView> views) {
                    synchronized (sent) {
                        if (replaying[0]) {
                            held.addAll(views);
                            return;
                        }
                    }
                    send(emitter, sse, views, sent);
                }

                @Override
                public void keepAlive() {
                    emitter.emit(sse.newEventBuilder().comment("still here").build());
                }
            });
            emitter.onTermination(stream::close);
            emitter.emit(sse.newEventBuilder().comment("connected").build());
            if (lastEventId != null) {
                Infrastructure.getDefaultWorkerPool().execute(() -> {
                    replay(recipientId, lastEventId, emitter, sse, sent);
                    synchronized (sent) {
                        replaying[0] = false;
                        send(emitter, sse, held, sent);
                    }
                });
            }
        });
    }

    private void replay(long recipientId, long lastEventId, MultiEmitter<? super OutboundSseEvent> emitter, Sse sse,
            Set<Long> sent) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            send(emitter, sse, notifications.after(recipientId, lastEventId, REPLAY_LIMIT), sent);
        } catch (RuntimeException e) {
            emitter.fail(e);
        } finally {
            request.terminate();
        }
    }

    private static void send(MultiEmitter<? super OutboundSseEvent> emitter, Sse sse, List<NotificationView> views,
            Set<Long> sent) {
        synchronized (sent) {
            for (NotificationView view : views) {
                if (sent.add(view.id())) {
                    emitter.emit(sse.newEventBuilder().id(String.valueOf(view.id())).name("notification")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(NotificationView.class, view).build());
                }
            }
        }
    }
}
