package nl.relay.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostWritten;

/**
 * Outbox job: puts a new or edited post into the home feeds of those who follow its author or topics, and
 * signals the new ones, so open home pages can offer them.
 */
@ApplicationScoped
class DeliverPost implements OutboxHandler<PostWritten> {

    private final HomeTimeline timeline;
    private final FeedSignal signal;

    DeliverPost(HomeTimeline timeline, FeedSignal signal) {
        this.timeline = timeline;
        this.signal = signal;
    }

    @Override
    public String name() {
        return "post.fan-out";
    }

    @Override
    public Class<PostWritten> takes() {
        return PostWritten.class;
    }

    /** Posts that lost no topic are delivered in one statement; the others one by one. */
    @Override
    public void handleAll(List<PostWritten> messages) {
        List<Long> plain = new ArrayList<>();
        List<Long> published = new ArrayList<>();
        for (PostWritten message : messages) {
            if (message instanceof PostWritten.PostEdited edited && !edited.removedTopics().isEmpty()) {
                handle(message);
            } else {
                plain.add(message.postId());
            }
            if (message instanceof PostWritten.PostPublished) {
                published.add(message.postId());
            }
        }
        if (!plain.isEmpty()) {
            timeline.deliverAll(plain);
        }
        signal.announce(published);
    }

    /** After an edit, the post leaves the feeds of those who followed only a topic it lost. */
    @Override
    public void handle(PostWritten message) {
        if (message instanceof PostWritten.PostEdited edited) {
            edited.removedTopics().forEach(topic -> timeline.withdrawTopic(edited.postId(), topic));
        }
        // A post removed in the meantime delivers to no one: the query skips it.
        timeline.deliver(message.postId());
        if (message instanceof PostWritten.PostPublished) {
            signal.announce(List.of(message.postId()));
        }
    }
}
