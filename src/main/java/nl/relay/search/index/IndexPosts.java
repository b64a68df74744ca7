package nl.relay.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.relay.platform.outbox.OutboxHandler;
import nl.relay.posts.PostWritten;

/** Outbox job for new and edited posts: their search terms follow their current text within a second. */
@ApplicationScoped
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
