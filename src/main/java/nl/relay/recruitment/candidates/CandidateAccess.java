package nl.relay.recruitment.candidates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A colleague the owner let read the person behind a candidate; revoking deletes the row. */
@Entity
@Table(name = "candidate_access")
@IdClass(CandidateAccess.Key.class)
public class CandidateAccess extends PanacheEntityBase {

    @Id
    @Column(name = "candidate_id")
    public Long candidateId;

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "granted_by")
    public long grantedBy;

    @Column(name = "granted_at")
    public Instant grantedAt;

    public static boolean granted(long candidateId, long accountId) {
        return count("candidateId = ?1 and accountId = ?2", candidateId, accountId) > 0;
    }

    /** The usernames of those granted access, alphabetically. */
    public static List<String> usernames(long candidateId) {
        return getEntityManager().createQuery("""
                select a.username from CandidateAccess g, nl.relay.accounts.Account a
                where g.candidateId = :candidate and a.id = g.accountId order by a.username""", String.class)
                .setParameter("candidate", candidateId).getResultList();
    }

    public static long revoke(long candidateId, long accountId) {
        return delete("candidateId = ?1 and accountId = ?2", candidateId, accountId);
    }

    /** The composite key: one grant per candidate and colleague. */
    public static class Key implements Serializable {

        public Long candidateId;
        public Long accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(candidateId, key.candidateId)
                    && Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(candidateId, accountId);
        }
    }
}
