package nl.relay.posts.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/** The one place post_attachment rows are written and read by id. */
@ApplicationScoped
class AttachmentRows {

    private final EntityManager entityManager;
    private final Clock clock;

    AttachmentRows(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What a row says about its file, without the content. */
    record Stored(long id, Long postId, long uploaderId, String filename, String contentType, long size) {
    }

    /** Stores a checked file, on a post or (postId null) waiting for one; answers its id. */
    long insert(Long postId, long uploaderId, ReceivedFile file) {
        return ((Number) NativeSql.of(entityManager, """
                insert into post_attachment (post_id, uploader_id, filename, content_type, size_bytes, sha256, content,
                                             created_at)
                values (:post, :uploader, :filename, :type, :size, :sha256, :content, :created) returning id""")
                .bind("post", new TypedParameterValue<>(StandardBasicTypes.LONG, postId))
                .bind("uploader", uploaderId)
                .bind("filename", file.filename())
                .bind("type", file.contentType())
                .bind("size", file.size())
                .bind("sha256", file.sha256())
                .bind("content", file.content())
                .bind("created", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .query().getSingleResult()).longValue();
    }

    /** Puts those of these uploads that wait for a post and are the uploader's on the post; answers their ids. */
    List<Long> attachWaiting(long postId, long uploaderId, List<Long> uploadIds) {
        return NativeSql.select(entityManager, """
                update post_attachment set post_id = :post
                where id = any(cast(:ids as bigint[])) and uploader_id = :uploader and post_id is null
                returning id""")
                .bind("post", postId)
                .bind("ids", uploadIds.toArray(Long[]::new))
                .bind("uploader", uploaderId)
                .list(row -> row.longValue("id"));
    }

    /** The row, without its content. */
    Optional<Stored> find(long id) {
        return NativeSql.select(entityManager, """
                select id, post_id, uploader_id, filename, content_type, size_bytes from post_attachment
                where id = :id""")
                .bind("id", id)
                .first(row -> new Stored(row.longValue("id"), row.nullableLong("post_id"), row.longValue("uploader_id"),
                        row.text("filename"), row.text("content_type"), row.longValue("size_bytes")));
    }

    /** The file's bytes. */
    byte[] content(long id) {
        return (byte[]) NativeSql.of(entityManager, "select content from post_attachment where id = :id")
                .bind("id", id).query().getSingleResult();
    }

    /** How many files the post carries. */
    int countOnPost(long postId) {
        return ((Number) NativeSql.of(entityManager, "select count(*) from post_attachment where post_id = :post")
                .bind("post", postId).query().getSingleResult()).intValue();
    }

    /** Deletes the uploads still on no post that were made before {@code cutoff}; answers how many. */
    int deleteWaitingBefore(Instant cutoff) {
        return NativeSql.of(entityManager, "delete from post_attachment where post_id is null and created_at < :cutoff")
                .bind("cutoff", cutoff).query().executeUpdate();
    }

    void delete(long id) {
        NativeSql.of(entityManager, "delete from post_attachment where id = :id").bind("id", id).query()
                .executeUpdate();
    }
}
