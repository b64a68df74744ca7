package nl.relay.notifications.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import nl.relay.feeds.FeedSignal;
import nl.relay.platform.database.SignalReceiver;
import org.jboss.logging.Logger;

/**
 * Hands the new posts that reached the home feeds, on any instance, to this instance's live streams. What
 * was signalled while the database was away is not made up for: the prompt is a convenience, and the
 * next page load shows every post.
 */
@ApplicationScoped
class FeedReceiver implements SignalReceiver {

    private static final Logger LOG = Logger.getLogger(FeedReceiver.class);

    private final NotificationHub hub;

    FeedReceiver(NotificationHub hub) {
        this.hub = hub;
    }

    @Override
    public String channel() {
        return FeedSignal.CHANNEL;
    }

    @Override
    public void received(String payload) {
        try {
            hub.fed(FeedSignal.postIds(payload));
        } catch (NumberFormatException e) {
            LOG.warnf("Ignored a malformed feed signal: %s", payload);
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the live streams about new posts", e);
        }
    }

    @Override
    public void listening(Connection connection, boolean reconnected) {
        // Nothing to catch up on: see the class comment.
    }
}
