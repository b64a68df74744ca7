package nl.relay.recruitment.proposals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.Post;
import nl.relay.posts.PostVisibility;
import nl.relay.recruitment.RecruitmentConfig;

/**
 * What proposals need of a candidate offer, read and written on the candidate table directly: its owner,
 * status and post (whose visibility decides who may read it), moving it along when it is proposed or hired.
 */
@ApplicationScoped
public class CandidateRows {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final RecruitmentConfig config;

    CandidateRows(EntityManager entityManager, PostVisibility visibility, RecruitmentConfig config) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.config = config;
    }

    /** A candidate's facts, without any of the person's details. */
    public record Candidate(long id, long postId, long ownerId, String status, String title) {

        /** The id as a form sends it back. */
        public String key() {
            return Long.toString(id);
        }

        boolean isActive() {
            return "available".equals(status) || "in-process".equals(status);
        }
    }

    /** The candidate when the reader may read its post; locked when asked, so its status changes one at a time. */
    public Optional<Candidate> readable(long readerId, long candidateId, boolean lock) {
        return NativeSql.select(entityManager, "select id, post_id, owner_id, status, title from candidate "
                + "where id = :id" + (lock ? " for update" : ""))
                .bind("id", candidateId)
                .first(row -> new Candidate(row.longValue("id"), row.longValue("post_id"), row.longValue("owner_id"),
                        row.text("status"), row.text("title")))
                .filter(candidate -> {
                    Post post = Post.findById(candidate.postId());
                    return post != null && !post.deleted && visibility.mayRead(readerId, post);
                });
    }

    /** Of these candidates, those the reader may read, by id: one query for a whole list of proposals. */
    public java.util.Map<Long, Candidate> readableAmong(long readerId, java.util.Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return java.util.Map.of();
        }
        return NativeSql.select(entityManager, "select c.id, c.post_id, c.owner_id, c.status, c.title from candidate c "
                + "join post p on p.id = c.post_id where c.id = any(:ids) and "
                + visibility.shownClause("p", ":viewer"))
                .bind("ids", candidateIds.toArray(Long[]::new)).bind("viewer", readerId)
                .list(row -> new Candidate(row.longValue("id"), row.longValue("post_id"), row.longValue("owner_id"),
                        row.text("status"), row.text("title")))
                .stream().collect(java.util.stream.Collectors.toMap(Candidate::id, c -> c));
    }

    /** Whether the reader may propose this candidate: they offer it, or its owner granted them access. */
    public boolean mayPropose(long readerId, Candidate candidate) {
        return candidate.ownerId() == readerId || NativeSql.select(entityManager, """
                select 1 as granted from candidate_access where candidate_id = :candidate and account_id = :reader""")
                .bind("candidate", candidate.id()).bind("reader", readerId).first(row -> true).isPresent();
    }

    /** The active candidates the reader may propose, newest first: their own and those granted to them. */
    public java.util.List<Candidate> proposable(long readerId, int limit) {
        return NativeSql.select(entityManager, "select c.id, c.post_id, c.owner_id, c.status, c.title from candidate c "
                + "join post p on p.id = c.post_id where c.status in ('available', 'in-process') and "
                + "(c.owner_id = :viewer or exists (select 1 from candidate_access a where a.candidate_id = c.id "
                + "and a.account_id = :viewer)) and "
                + visibility.shownClause("p", ":viewer") + " order by c.id desc limit :limit")
                .bind("viewer", readerId).bind("limit", limit)
                .list(row -> new Candidate(row.longValue("id"), row.longValue("post_id"), row.longValue("owner_id"),
                        row.text("status"), row.text("title")));
    }

    /** Proposing is activity: an available candidate is now in process, and its offer runs longer. */
    void proposed(long candidateId, Instant now) {
        NativeSql.of(entityManager, """
                update candidate set status = case when status = 'available' then 'in-process' else status end,
                    last_activity_at = :now, expires_at = :expires
                where id = :id""")
                .bind("now", now).bind("expires", now.plus(config.candidateExpiry())).bind("id", candidateId)
                .query().executeUpdate();
    }

    /** A hired candidate is placed. */
    void placed(long candidateId, Instant now) {
        NativeSql.of(entityManager, "update candidate set status = 'placed', last_activity_at = :now where id = :id")
                .bind("now", now).bind("id", candidateId).query().executeUpdate();
    }
}
