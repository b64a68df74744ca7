package nl.relay.recruitment.candidates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.relay.platform.database.RowLocks;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A candidate on offer: the anonymous profile its post shows. The person behind it is a {@link CandidatePerson}. */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "post_id")
    public long postId;

    @Column(name = "owner_id")
    public long ownerId;

    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", columnDefinition = "text[]")
    public String[] skills;

    public String seniority;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "hours_per_week")
    public int hoursPerWeek;

    @Column(name = "region_code")
    public String regionCode;

    public Integer rate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contract_types", columnDefinition = "text[]")
    public String[] contractTypes;

    @Column(name = "client_id")
    public Long clientId;

    @Column(name = "sector_code")
    public String sectorCode;

    @Column(name = "group_id")
    public Long groupId;

    public String status = CandidateStatus.AVAILABLE.toString();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    /** When the offer was placed or withdrawn: set once as it closes, never moved by an edit; retention counts from it. */
    @Column(name = "closed_at")
    public Instant closedAt;

    public static Optional<Candidate> byId(long id) {
        return findByIdOptional(id);
    }

    /**
     * The candidate, locked for this transaction and read again under the lock: changes, interest, proposals and
     * grants on one offer happen in turn, each on the row as the one before left it.
     */
    public static Optional<Candidate> locked(long id) {
        return RowLocks.locked(Candidate.class, id);
    }

    public static Optional<Candidate> ofPost(long postId) {
        return find("postId", postId).firstResultOptional();
    }

    public CandidateStatus currentStatus() {
        return CandidateStatus.parse(status).orElseThrow();
    }

    public boolean isOwnedBy(long accountId) {
        return ownerId == accountId;
    }

    /** Something happened: the offer stays active for another expiry period from now. */
    public void touch(Instant now, Duration expiry) {
        lastActivityAt = now;
        expiresAt = now.plus(expiry);
    }
}
