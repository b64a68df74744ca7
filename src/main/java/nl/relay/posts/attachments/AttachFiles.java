package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import nl.relay.platform.errors.InvalidInput;

/**
 * Puts files on a post as it is published, in the publishing transaction: new files (an API or page upload with the
 * post, a mail's attachments) and files uploaded beforehand by the author. A refusal (too large, too many, empty, not
 * the author's waiting upload) rolls the whole post back: nothing is stored.
 */
@ApplicationScoped
public class AttachFiles {

    /** The field a mail's attachments are refused under. */
    public static final String FIELD = "attachments";

    private final ReceiveFiles receive;
    private final AttachmentRows rows;

    AttachFiles(ReceiveFiles receive, AttachmentRows rows) {
        this.receive = receive;
        this.rows = rows;
    }

    /**
     * Stores the files as attachments of the post (same transaction), checking limits and detecting types;
     * throws InvalidInput (field "attachments") when a file is too large/too many/empty.
     */
    @Transactional
    public List<Long> attachNew(long postId, long authorId, List<IncomingFile> files) {
        return attachNew(FIELD, postId, authorId, files);
    }

    /** The same, refusing under the field the files came in ("file" for a form's file parts). */
    @Transactional
    public List<Long> attachNew(String field, long postId, long authorId, List<IncomingFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        receive.refuseCount(field, rows.countOnPost(postId), files.size());
        List<Long> ids = new ArrayList<>(files.size());
        for (ReceivedFile file : receive.received(field, files)) {
            ids.add(rows.insert(postId, authorId, file));
        }
        return ids;
    }

    /**
     * Puts the author's waiting uploads (POST /api/attachments) on the post; any id that is not one of them (someone
     * else's, on a post already, purged, unknown) is refused under {@code field} and nothing is attached.
     */
    @Transactional
    public List<Long> attachUploaded(String field, long postId, long authorId, Collection<Long> uploadIds) {
        if (uploadIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInput(field, "must hold the ids of uploads, not null");
        }
        List<Long> wanted = List.copyOf(new TreeSet<>(uploadIds));
        if (wanted.isEmpty()) {
            return List.of();
        }
        receive.refuseCount(field, rows.countOnPost(postId), wanted.size());
        List<Long> attached = rows.attachWaiting(postId, authorId, wanted);
        if (attached.size() != wanted.size()) {
            List<Long> refused = wanted.stream().filter(id -> !attached.contains(id)).toList();
            throw new InvalidInput(field, "not uploads of yours waiting to be attached: " + refused.stream()
                    .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        return attached;
    }
}
