package nl.relay.notifications;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import nl.relay.platform.NativeSql;

/**
 * The live streams open on this instance, by recipient. When the listener hears that notifications were
 * written (on any instance), the hub loads them in one query and hands each stream its own, as the
 * recipient may see them now. It also keeps idle streams alive with a comment every 25 seconds.
 */
@ApplicationScoped
public class NotificationHub {

    private final Map<Long, Set<Stream>> streams = new ConcurrentHashMap<>();
    private final EntityManager entityManager;
    private final Notifications notifications;

    NotificationHub(EntityManager entityManager, Notifications notifications) {
        this.entityManager = entityManager;
        this.notifications = notifications;
    }

    /** What a stream is told: new notifications, or that it should show it is still alive. */
    public interface Listener {

        void notifications(List<NotificationView> views);

        void keepAlive();
    }

    /** An open stream; closing it stops its deliveries. */
    public final class Stream implements AutoCloseable {

        private final long recipientId;
        private final Listener listener;

        private Stream(long recipientId, Listener listener) {
            this.recipientId = recipientId;
            this.listener = listener;
        }

        @Override
        public void close() {
            streams.computeIfPresent(recipientId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }
    }

    public Stream open(long recipientId, Listener listener) {
        Stream stream = new Stream(recipientId, listener);
        // Added inside the map's atomic step: a stream closing at the same moment cannot drop the new one's set.
        streams.compute(recipientId, (id, set) -> {
            Set<Stream> open = set == null ? new CopyOnWriteArraySet<>() : set;
            open.add(stream);
            return open;
        });
        return stream;
    }

    public int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    /** Notifications with ids from first to last were written: deliver those of recipients listening here. */
    @SuppressWarnings("unchecked")
    void written(long first, long last) {
        if (streams.isEmpty()) {
            return;
        }
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            List<Object[]> rows = NativeSql.of(entityManager,
                    "select id, recipient_id from notification where id between :first and :last order by id")
                    .bind("first", first).bind("last", last).query().getResultList();
            Map<Long, List<Long>> byRecipient = new ConcurrentHashMap<>();
            for (Object[] row : rows) {
                long recipient = ((Number) row[1]).longValue();
                if (streams.containsKey(recipient)) {
                    byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>()).add(((Number) row[0]).longValue());
                }
            }
            byRecipient.forEach((recipient, ids) -> {
                List<NotificationView> views = notifications.ofIds(recipient, ids);
                if (!views.isEmpty()) {
                    each(recipient, stream -> stream.listener.notifications(views));
                }
            });
        } finally {
            request.terminate();
        }
    }

    @Scheduled(every = "25s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepAlive() {
        streams.keySet().forEach(recipient -> each(recipient, stream -> stream.listener.keepAlive()));
    }

    private void each(long recipient, Consumer<Stream> action) {
        for (Stream stream : streams.getOrDefault(recipient, Set.of())) {
            try {
                action.accept(stream);
            } catch (RuntimeException closedMeanwhile) {
                stream.close();
            }
        }
    }
}
