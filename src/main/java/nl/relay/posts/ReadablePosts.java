package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.relay.platform.database.RowLocks;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;

/** Finds a post a reader may see; anything else, absent or hidden, is the same 404. */
@ApplicationScoped
public class ReadablePosts {

    private final PostVisibility visibility;

    ReadablePosts(PostVisibility visibility) {
        this.visibility = visibility;
    }

    public Post require(long viewerId, long postId) {
        Post post = Post.findById(postId);
        if (post == null || !visibility.mayRead(viewerId, post)) {
            throw notFound();
        }
        return post;
    }

    /**
     * The same, locked for this transaction: edits, removals, likes and replies on one post happen
     * one after the other, each seeing what the previous one did.
     */
    public Post requireLocked(long viewerId, long postId) {
        Post post = RowLocks.locked(Post.class, postId).orElse(null);
        if (post == null || !visibility.mayRead(viewerId, post)) {
            throw notFound();
        }
        return post;
    }

    /** The replies in a root's thread that the reader may see, oldest first. */
    public List<Post> repliesTo(long viewerId, Post root) {
        return visibility.readableReplies(viewerId, root, Post.repliesInThread(root.threadId));
    }

    /** Parses an id from a path; something that is not an id is a post that does not exist. */
    public static long id(String raw) {
        return PathIds.parse(raw, ReadablePosts::notFound);
    }

    private static NotFound notFound() {
        return new NotFound("There is no such post.");
    }
}
