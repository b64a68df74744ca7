package nl.relay.recruitment.referrals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** Someone an employee knows, referred to a vacancy; who the person is lives apart, in ReferralPerson. */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "vacancy_id")
    public long vacancyId;

    @Column(name = "referrer_id")
    public long referrerId;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<Referral> toVacancy(long vacancyId) {
        return list("vacancyId = ?1 order by id", vacancyId);
    }

    public static List<Referral> toVacancyBy(long vacancyId, long referrerId) {
        return list("vacancyId = ?1 and referrerId = ?2 order by id", vacancyId, referrerId);
    }
}
