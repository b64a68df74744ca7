package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.relay.platform.database.RowLocks;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.posts.Post;
import nl.relay.posts.PostAuthority;

/**
 * Takes a file off: from a post by the one who may edit it (its author), or a waiting upload by its uploader.
 */
@ApplicationScoped
public class RemoveAttachment {

    private final ReadableAttachments readable;
    private final AttachmentRows rows;

    RemoveAttachment(ReadableAttachments readable, AttachmentRows rows) {
        this.readable = readable;
        this.rows = rows;
    }

    @Transactional
    public void remove(long callerId, String rawId) {
        ReadableAttachments.Readable found = readable.require(callerId, rawId);
        if (found.post() != null) {
            // the post locked as its edits lock it, so a removal and an edit happen one after the other
            Post post = RowLocks.locked(Post.class, found.post().id).filter(p -> !p.deleted)
                    .orElseThrow(ReadableAttachments::notFound);
            if (!PostAuthority.mayEdit(post.authorId == callerId)) {
                throw new NotAllowed("Only the author of the post can take a file off it.");
            }
        }
        rows.delete(found.file().id());
    }
}
