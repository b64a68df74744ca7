package nl.relay.alerts.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.relay.alerts.delivery.DeliverAlertMatches;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostWritten;

/**
 * Outbox job for new and edited posts: runs them through the alert matcher, keeps the matches, and has
 * the new ones delivered. A match found before (an edit that still matches) is not told again.
 */
@ApplicationScoped
class MatchAlerts implements OutboxHandler<PostWritten> {

    private final EntityManager entityManager;
    private final AlertMonitor monitor;
    private final DeliverAlertMatches deliver;

    MatchAlerts(EntityManager entityManager, AlertMonitor monitor, DeliverAlertMatches deliver) {
        this.entityManager = entityManager;
        this.monitor = monitor;
        this.deliver = deliver;
    }

    @Override
    public String name() {
        return "post.match-alerts";
    }

    @Override
    public Class<PostWritten> takes() {
        return PostWritten.class;
    }

    @Override
    public void handle(PostWritten message) {
        match(List.of(message.postId()));
    }

    @Override
    public void handleAll(List<PostWritten> messages) {
        match(messages.stream().map(PostWritten::postId).distinct().toList());
    }

    private void match(List<Long> postIds) {
        monitor.catchUp();
        List<MatchablePost> posts = MatchablePost.byIds(entityManager, postIds);
        List<Set<Long>> matched = monitor.match(posts.stream().map(MatchablePost::document).toList());
        List<Long> alerts = new ArrayList<>();
        List<Long> matchedPosts = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            for (Long alertId : matched.get(i)) {
                alerts.add(alertId);
                matchedPosts.add(posts.get(i).id());
            }
        }
        if (!alerts.isEmpty()) {
            deliver.deliver(alerts.toArray(Long[]::new), matchedPosts.toArray(Long[]::new));
        }
    }
}
