package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import nl.relay.posts.Post;
import nl.relay.posts.PostVisibility;

/**
 * Who may read a file: on a post, exactly those who may read the post while it is not removed (PostVisibility);
 * waiting for a post, only its uploader. Anything else, absent or hidden, is the same 404.
 */
@ApplicationScoped
class ReadableAttachments {

    private final AttachmentRows rows;
    private final PostVisibility visibility;

    ReadableAttachments(AttachmentRows rows, PostVisibility visibility) {
        this.rows = rows;
        this.visibility = visibility;
    }

    /** The file with the post it is on (null while it waits), if the reader may read it. */
    Readable require(long readerId, String rawId) {
        long id = PathIds.parse(rawId, ReadableAttachments::notFound);
        AttachmentRows.Stored stored = rows.find(id).orElseThrow(ReadableAttachments::notFound);
        if (stored.postId() == null) {
            if (stored.uploaderId() != readerId) {
                throw notFound();
            }
            return new Readable(stored, null);
        }
        Post post = Post.findById(stored.postId());
        if (post == null || post.deleted || !visibility.mayRead(readerId, post)) {
            throw notFound();
        }
        return new Readable(stored, post);
    }

    record Readable(AttachmentRows.Stored file, Post post) {
    }

    static NotFound notFound() {
        return new NotFound("There is no such file.");
    }
}
