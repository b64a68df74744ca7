package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Stores files as attachments of a post, in the caller's transaction. */
@ApplicationScoped
public class AttachFiles {

    /**
     * Stores the files as attachments of the post (same transaction), checking limits and detecting types;
     * throws InvalidInput (field "attachments") when a file is too large/too many/empty.
     */
    @Transactional
    public List<Long> attachNew(long postId, long authorId, List<IncomingFile> files) {
        throw new UnsupportedOperationException("not yet");
    }
}
