package nl.relay.recruitment.proposals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.RowLocks;

/** A candidate proposed to a client through one of its vacancies; never twice to one client. */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "vacancy_id")
    public long vacancyId;

    @Column(name = "candidate_id")
    public long candidateId;

    @Column(name = "client_id")
    public long clientId;

    @Column(name = "proposed_by")
    public long proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    public String status = ProposalStatus.PROPOSED.toString();

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "duplicate_of")
    public Long duplicateOf;

    /** The proposal that counts for this candidate at this client, if there is one. */
    public static Optional<Proposal> of(long candidateId, long clientId) {
        return find("candidateId = ?1 and clientId = ?2 and duplicateOf is null", candidateId, clientId)
                .firstResultOptional();
    }

    public static List<Proposal> toVacancy(long vacancyId, long afterId, int limit) {
        return find("vacancyId = ?1 and id > ?2 order by id", vacancyId, afterId).page(0, limit).list();
    }

    /** The proposal locked for a change of its status, read again under the lock. */
    public static Optional<Proposal> lockedById(long id) {
        return RowLocks.locked(Proposal.class, id);
    }
}
