package nl.relay.recruitment.vacancies;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A vacancy at a client, posted by a recruiter; its post carries the readable text and decides who may see it. */
@Entity
@Table(name = "vacancy")
public class Vacancy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "post_id")
    public long postId;

    @Column(name = "owner_id")
    public long ownerId;

    @Column(name = "client_id")
    public long clientId;

    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skills", columnDefinition = "text[]")
    public String[] skills = new String[0];

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "hours_per_week")
    public int hoursPerWeek;

    @Column(name = "contract_type")
    public String contractType;

    public Integer rate;

    @Column(name = "group_id")
    public Long groupId;

    public String status = VacancyStatus.OPEN.toString();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "changed_at")
    public Instant changedAt;

    public static Optional<Vacancy> byId(long id) {
        return findByIdOptional(id);
    }

    /**
     * The vacancy locked for a change of its status or profile and read again under the lock, so two changes never
     * cross and none writes back a copy read before the lock.
     */
    public static Optional<Vacancy> lockedById(long id) {
        return RowLocks.locked(Vacancy.class, id);
    }

    /** The owner's vacancies still taking candidates (open or on hold), newest first. */
    public static List<Vacancy> activeOwnedBy(long ownerId, int limit) {
        return find("ownerId = ?1 and status in ?2 order by id desc", ownerId,
                List.of(VacancyStatus.OPEN.toString(), VacancyStatus.ON_HOLD.toString())).page(0, limit).list();
    }

    public List<String> skillList() {
        return List.of(skills);
    }

    public boolean isOpen() {
        return VacancyStatus.OPEN.toString().equals(status);
    }
}
