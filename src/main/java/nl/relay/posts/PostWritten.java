package nl.relay.posts;

import java.util.List;
import nl.relay.platform.outbox.OutboxMessage;

/**
 * Outbox messages about a post that was published or edited: delivered to home feeds, notified, matched
 * against alerts (each by its own handler, which takes this type).
 */
public sealed interface PostWritten extends OutboxMessage {

    long postId();

    @Override
    default long subjectId() {
        return postId();
    }

    /** A new post or reply. */
    record PostPublished(long postId) implements PostWritten {
    }

    /** An edited post, and the topics the edit took away (its feeds' readers of those topics lose it). */
    record PostEdited(long postId, List<String> removedTopics) implements PostWritten {

        public PostEdited {
            removedTopics = removedTopics == null ? List.of() : List.copyOf(removedTopics);
        }
    }
}
