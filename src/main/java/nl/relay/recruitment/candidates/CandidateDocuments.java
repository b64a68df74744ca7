package nl.relay.recruitment.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.attachments.ReceivedFile;

/**
 * The one place candidate_document rows (a candidate's CV) are written and read: personal data, kept apart from
 * posts, never indexed, notified or mailed. Who may read or change them is decided by the callers ({@link ReadCv},
 * {@link StoreCv}); the erasure and retention delete them with the person ({@link #deleteOf}).
 */
@ApplicationScoped
public class CandidateDocuments {

    private final EntityManager entityManager;
    private final Clock clock;

    CandidateDocuments(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What is known of a stored CV without its content. */
    record Stored(String filename, String contentType, long size, Instant uploadedAt) {
    }

    Optional<Stored> of(long candidateId) {
        return NativeSql.select(entityManager, """
                select filename, content_type, size_bytes, uploaded_at from candidate_document
                where candidate_id = :candidate""")
                .bind("candidate", candidateId)
                .first(row -> new Stored(row.text("filename"), row.text("content_type"), row.longValue("size_bytes"),
                        row.instant("uploaded_at")));
    }

    byte[] content(long candidateId) {
        return (byte[]) NativeSql.of(entityManager, "select content from candidate_document where candidate_id = :c")
                .bind("c", candidateId).query().getSingleResult();
    }

    /** Stores the CV, replacing the one there was. */
    Stored put(long candidateId, long uploaderId, ReceivedFile file) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        NativeSql.of(entityManager, """
                insert into candidate_document (candidate_id, filename, content_type, size_bytes, content, uploaded_by,
                                                uploaded_at)
                values (:candidate, :filename, :type, :size, :content, :uploader, :at)
                on conflict (candidate_id) do update set filename = excluded.filename,
                    content_type = excluded.content_type, size_bytes = excluded.size_bytes, content = excluded.content,
                    uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
                .bind("candidate", candidateId)
                .bind("filename", file.filename())
                .bind("type", file.contentType())
                .bind("size", file.size())
                .bind("content", file.content())
                .bind("uploader", uploaderId)
                .bind("at", now)
                .query().executeUpdate();
        return new Stored(file.filename(), file.contentType(), file.size(), now);
    }

    void delete(long candidateId) {
        NativeSql.of(entityManager, "delete from candidate_document where candidate_id = :candidate")
                .bind("candidate", candidateId).query().executeUpdate();
    }

    /**
     * Deletes the CVs of these candidates' people, for erasure and retention alike: a CV is the person's, and nothing
     * of it is kept once they are blanked. Answers the candidates whose CV was deleted.
     */
    public List<Long> deleteOf(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return NativeSql.select(entityManager,
                """
                        delete from candidate_document where candidate_id = any(cast(:ids as bigint[])) returning candidate_id""")
                .bind("ids", candidateIds.toArray(Long[]::new))
                .list(row -> row.longValue("candidate_id")).stream().sorted().toList();
    }
}
