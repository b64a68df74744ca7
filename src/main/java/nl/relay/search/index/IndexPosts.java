package nl.relay.search.index;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostWritten;

/**
 * Outbox job for new and edited posts: their search terms follow their current text within a second. Switched off
 * only by {@code relay.search.index-posts=false}, which the benchmark uses to measure what indexing costs a post.
 */
@ApplicationScoped
@LookupIfProperty(name = "relay.search.index-posts", stringValue = "true", lookupIfMissing = true)
class IndexPosts implements OutboxHandler<PostWritten> {

    private final PostIndex index;

    IndexPosts(PostIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "post.index";
    }

    @Override
    public Class<PostWritten> takes() {
        return PostWritten.class;
    }

    @Override
    public void handle(PostWritten message) {
        index.index(List.of(message.postId()));
    }

    @Override
    public void handleAll(List<PostWritten> messages) {
        index.index(messages.stream().map(PostWritten::postId).distinct().toList());
    }
}
