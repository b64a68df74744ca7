package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.InvalidInput;

/**
 * Keeps a file uploaded ahead of its post (POST /api/attachments): it belongs to its uploader and to no post until a
 * post of theirs names it, and is purged after a day if none does. One person has at most twice a post's files
 * waiting at a time.
 */
@ApplicationScoped
public class UploadFile {

    /** The advisory lock (with the uploader) that counts one person's waiting uploads one upload at a time. */
    private static final int WAITING_LOCK = 7340218;

    private final ReceiveFiles receive;
    private final AttachmentRows rows;
    private final AttachmentsConfig config;
    private final EntityManager entityManager;

    UploadFile(ReceiveFiles receive, AttachmentRows rows, AttachmentsConfig config, EntityManager entityManager) {
        this.receive = receive;
        this.rows = rows;
        this.config = config;
        this.entityManager = entityManager;
    }

    @Transactional
    public AttachmentView upload(long uploaderId, String field, IncomingFile file) {
        ReceivedFile received = receive.received(field, file);
        NativeSql.of(entityManager, "select pg_advisory_xact_lock(:lock, cast(:uploader % 2147483647 as int))")
                .bind("lock", WAITING_LOCK).bind("uploader", uploaderId).query().getSingleResult();
        int waiting = ((Number) NativeSql.of(entityManager,
                "select count(*) from post_attachment where uploader_id = :uploader and post_id is null")
                .bind("uploader", uploaderId).query().getSingleResult()).intValue();
        if (waiting >= 2 * config.maxCount()) {
            throw new InvalidInput(field, "you have " + waiting + " uploads waiting for a post: publish them with a "
                    + "post (attachmentIds) or delete them first");
        }
        long id = rows.insert(null, uploaderId, received);
        return AttachmentView.of(id, received.filename(), received.contentType(), received.size());
    }
}
