package nl.relay.recruitment.candidates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** "I have a job for this person": a recruiter's interest in a candidate, perhaps for one of their vacancies. */
@Entity
@Table(name = "candidate_interest")
public class CandidateInterest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "candidate_id")
    public long candidateId;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "vacancy_id")
    public Long vacancyId;

    public String note;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The interests in a candidate, oldest first. */
    public static List<CandidateInterest> inCandidate(long candidateId) {
        return list("candidateId = ?1 order by id", candidateId);
    }
}
