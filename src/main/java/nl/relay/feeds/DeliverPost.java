package nl.relay.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.OutboxHandler;
import nl.relay.posts.PublishPost;

/** Outbox job: puts a new or edited post into the home feeds of those who follow its author or topics. */
@ApplicationScoped
class DeliverPost implements OutboxHandler {

    private final HomeTimeline timeline;

    DeliverPost(HomeTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public String kind() {
        return PublishPost.FAN_OUT;
    }

    /** New posts are delivered in one statement; edits (with a payload) one by one. */
    @Override
    public void handleAll(List<Task> tasks) {
        List<Long> plain = new ArrayList<>();
        for (Task task : tasks) {
            if (task.payload() == null || task.payload().isBlank()) {
                plain.add(task.subjectId());
            } else {
                handle(task.subjectId(), task.payload());
            }
        }
        if (!plain.isEmpty()) {
            timeline.deliverAll(plain);
        }
    }

    /** The payload, after an edit, names the topics the post lost. */
    @Override
    public void handle(long postId, String payload) {
        if (payload != null && !payload.isBlank()) {
            for (String topic : payload.split(" ")) {
                timeline.withdrawTopic(postId, topic);
            }
        }
        // A post removed in the meantime delivers to no one: the query skips it.
        timeline.deliver(postId);
    }
}
