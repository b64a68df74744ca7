package nl.relay.recruitment.referrals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The person behind a referral and the referrer's note: personal data of someone who is no user. Written
 * once with the referral, and read only through {@link ReferralPersons}.
 */
@Entity
@Table(name = "referral_person")
class ReferralPerson extends PanacheEntityBase {

    @Id
    @Column(name = "referral_id")
    public Long referralId;

    public String name;

    public String email;

    public String note;

    /** Never in a log line: the person's details stay out of toString. */
    @Override
    public String toString() {
        return "ReferralPerson[" + referralId + "]";
    }
}
