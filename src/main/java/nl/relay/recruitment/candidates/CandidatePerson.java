package nl.relay.recruitment.candidates;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import nl.relay.accounts.Account;
import nl.relay.accounts.Role;
import nl.relay.privacy.PersonReads;

/**
 * The person behind a candidate offer: personal data of someone who is no user. Colleagues read it only through
 * {@link #readBy} (the owner, and recruiters the owner granted access); besides, only the privacy officer's legal
 * paths read it (an access request, nl.relay.privacy.subjects; erasure and retention blank it). Every read is
 * recorded in the read audit ({@link PersonReads}).
 */
@Entity
@Table(name = "candidate_person")
public class CandidatePerson extends PanacheEntityBase {

    @Id
    @Column(name = "candidate_id")
    public Long candidateId;

    public String name;

    public String email;

    public String phone;

    @Column(name = "email_key")
    public String emailKey;

    @Column(name = "phone_key")
    public String phoneKey;

    @Column(name = "name_key")
    public String nameKey;

    @Column(name = "consent_given")
    public boolean consentGiven;

    @Column(name = "consent_informed_at")
    public Instant consentInformedAt;

    @Column(name = "consent_informed_how")
    public String consentInformedHow;

    /** One of ConsentTerms.SOURCES; free text in offers made before the list. */
    @Column(name = "consent_source")
    public String consentSource;

    /** When retention anonymised the person (name a marker, no email, phone or keys); null while they are known. */
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** Personal data never reaches a log line. */
    @Override
    public String toString() {
        return "CandidatePerson[" + candidateId + "]";
    }

    /**
     * The person behind the candidate, if the viewer may read it: the owner, or a recruiter the owner granted
     * access, as long as they are active recruiters. Every colleague's read of a candidate's person goes through here.
     */
    public static Optional<CandidatePerson> readBy(Account viewer, Candidate candidate) {
        if (!mayRead(viewer, candidate)) {
            return Optional.empty();
        }
        Optional<CandidatePerson> person = findByIdOptional(candidate.id);
        person.ifPresent(read -> Arc.container().instance(PersonReads.class).get().candidate(viewer.id, candidate.id));
        return person;
    }

    /** Whether the viewer may read the person behind the candidate (without reading it). */
    public static boolean mayRead(Account viewer, Candidate candidate) {
        if (viewer == null || !viewer.active || !viewer.hasRole(Role.RECRUITER)) {
            return false;
        }
        return candidate.isOwnedBy(viewer.id) || CandidateAccess.granted(candidate.id, viewer.id);
    }
}
