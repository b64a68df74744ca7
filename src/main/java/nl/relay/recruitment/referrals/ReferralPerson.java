package nl.relay.recruitment.referrals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    /** Whether the person agreed to being referred, as the referrer said; null for referrals from before. */
    @Column(name = "consent_given")
    public Boolean consentGiven;

    @Column(name = "consent_informed_at")
    public Instant consentInformedAt;

    @Column(name = "consent_informed_how")
    public String consentInformedHow;

    @Column(name = "consent_source")
    public String consentSource;

    /** When retention anonymised the person (name and note a marker, no email). */
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** Never in a log line: the person's details stay out of toString. */
    @Override
    public String toString() {
        return "ReferralPerson[" + referralId + "]";
    }
}
