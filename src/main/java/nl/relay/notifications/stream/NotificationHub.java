package nl.relay.notifications.stream;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import nl.relay.accounts.sessions.HeldSession;
import nl.relay.accounts.sessions.SessionStatus;
import nl.relay.feeds.HomeFeed;
import nl.relay.notifications.NotificationView;
import nl.relay.notifications.Notifications;
import nl.relay.platform.database.NativeSql;

/**
 * The live streams open on this instance, by recipient. When the listener hears that notifications were
 * written (on any instance), the hub loads them in one query and hands each stream its own, as the
 * recipient may see them now. When it hears that new posts reached the home feeds, it asks in one query
 * which of them are in the feeds of the readers listening here, and tells each stream its own. A stream lives only as long as the session it was opened with: before each
 * delivery, when any instance signals that an account's sessions changed, and every 25 seconds (when idle
 * streams get a comment to keep them alive), streams whose session has ended are closed unsent.
 */
@ApplicationScoped
public class NotificationHub {

    private final Map<Long, Set<Stream>> streams = new ConcurrentHashMap<>();
    private final EntityManager entityManager;
    private final Notifications notifications;
    private final SessionStatus sessions;
    private final HomeFeed homeFeed;

    NotificationHub(EntityManager entityManager, Notifications notifications, SessionStatus sessions,
            HomeFeed homeFeed) {
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.sessions = sessions;
        this.homeFeed = homeFeed;
    }

    /** What a stream is told: new notifications, that it should show it is still alive, or that it is over. */
    public interface Listener {

        void notifications(List<NotificationView> views);

        /** New posts in the reader's home feed, by id, oldest first. */
        void feed(List<Long> postIds);

        void keepAlive();

        /** The session it was opened with has ended: say so and close the connection. */
        void sessionEnded();
    }

    /** An open stream; closing it stops its deliveries. */
    public final class Stream implements AutoCloseable {

        private final HeldSession session;
        private final Listener listener;

        private Stream(HeldSession session, Listener listener) {
            this.session = session;
            this.listener = listener;
        }

        /** Ends the stream because its session ended: it is told, and delivers nothing more. */
        public void end() {
            close();
            try {
                listener.sessionEnded();
            } catch (RuntimeException closedMeanwhile) {
                // Already gone: nothing left to tell.
            }
        }

        @Override
        public void close() {
            streams.computeIfPresent(session.accountId(), (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }
    }

    public Stream open(HeldSession session, Listener listener) {
        Stream stream = new Stream(session, listener);
        // Added inside the map's atomic step: a stream closing at the same moment cannot drop the new one's set.
        streams.compute(session.accountId(), (id, set) -> {
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
    void written(long first, long last) {
        if (streams.isEmpty()) {
            return;
        }
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            List<WrittenNotification> written = NativeSql.select(entityManager,
                    "select id, recipient_id from notification where id between :first and :last order by id")
                    .bind("first", first).bind("last", last)
                    .list(row -> new WrittenNotification(row.longValue("id"), row.longValue("recipient_id")));
            Map<Long, List<Long>> byRecipient = new ConcurrentHashMap<>();
            for (WrittenNotification notification : written) {
                if (streams.containsKey(notification.recipientId())) {
                    byRecipient.computeIfAbsent(notification.recipientId(), r -> new ArrayList<>())
                            .add(notification.id());
                }
            }
            endEnded(byRecipient.keySet());
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

    /** New posts reached the home feeds: tell the readers listening here which are in theirs. */
    void fed(List<Long> postIds) {
        if (streams.isEmpty() || postIds.isEmpty()) {
            return;
        }
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            Map<Long, List<Long>> byReader = new ConcurrentHashMap<>();
            for (HomeFeed.Arrival arrival : homeFeed.arrivals(postIds, List.copyOf(streams.keySet()))) {
                byReader.computeIfAbsent(arrival.readerId(), r -> new ArrayList<>()).add(arrival.postId());
            }
            endEnded(byReader.keySet());
            byReader.forEach((reader, ids) -> each(reader, stream -> stream.listener.feed(ids)));
        } finally {
            request.terminate();
        }
    }

    /** A notification that was written, and for whom. */
    private record WrittenNotification(long id, long recipientId) {
    }

    /** An account's sessions changed (on any instance): its streams whose session ended close now. */
    void sessionsChanged(long accountId) {
        if (!streams.containsKey(accountId)) {
            return;
        }
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            endEnded(List.of(accountId));
        } finally {
            request.terminate();
        }
    }

    /** Every 25 seconds: streams whose session ended (expired, or a signal was missed) close; the rest get a ping. */
    @Scheduled(every = "25s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepAlive() {
        endEnded(List.copyOf(streams.keySet()));
        streams.keySet().forEach(recipient -> each(recipient, stream -> stream.listener.keepAlive()));
    }

    /** Ends the streams of these recipients whose session has ended; the others stay. */
    private void endEnded(Collection<Long> recipients) {
        List<Stream> open = recipients.stream().flatMap(r -> streams.getOrDefault(r, Set.of()).stream()).toList();
        if (open.isEmpty()) {
            return;
        }
        Set<HeldSession> ended = sessions.ended(open.stream().map(stream -> stream.session).toList());
        open.stream().filter(stream -> ended.contains(stream.session)).forEach(Stream::end);
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
