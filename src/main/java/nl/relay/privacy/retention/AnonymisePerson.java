package nl.relay.privacy.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import nl.relay.platform.database.NativeSql;
import nl.relay.privacy.SubjectKind;
import nl.relay.privacy.erasure.PersonText;

/**
 * Anonymises one person behind a candidate or a referral: the name becomes a marker, email, phone, the referrer's
 * note and the keys duplicates are found by are removed; consent stays as a fact, and when it happened is recorded
 * (on the person and in the anonymisation table). The anonymous profile, the post and the conversation stay, with
 * the person's identifiers replaced by the marker wherever they were written.
 */
@ApplicationScoped
public class AnonymisePerson {

    /** What a person's name reads once anonymised. */
    public static final String MARKER = "[anonymised]";

    private final EntityManager entityManager;
    private final PersonText texts;

    AnonymisePerson(EntityManager entityManager, PersonText texts) {
        this.entityManager = entityManager;
        this.texts = texts;
    }

    /**
     * Anonymises the person, for this reason ('retention'); answers false when it was anonymised already. First
     * their name, email and phone are rewritten to the marker wherever colleagues wrote them (posts and every
     * version, notes, titles, alerts, waiting work, a free-text consent source), with the erasure's machinery: once
     * the record is blanked, nothing could find them there any more. No erasure is recorded; the anonymisation is.
     */
    public boolean anonymise(SubjectKind kind, long subjectId, Instant at, String reason) {
        texts.forget(kind, subjectId, MARKER);
        String sql = kind == SubjectKind.CANDIDATE
                ? """
                        update candidate_person set name = :marker, email = null, phone = null, email_key = null,
                               phone_key = null, name_key = '', anonymised_at = :at
                        where candidate_id = :id and anonymised_at is null"""
                : """
                        update referral_person set name = :marker, email = null, note = :marker, anonymised_at = :at
                        where referral_id = :id and anonymised_at is null""";
        Timestamp when = Timestamp.from(at);
        int changed = NativeSql.of(entityManager, sql).bind("marker", MARKER).bind("at", when).bind("id", subjectId)
                .query().executeUpdate();
        if (changed == 0) {
            return false;
        }
        NativeSql.of(entityManager, """
                insert into anonymisation (subject_kind, subject_id, at, reason) values (:kind, :id, :at, :reason)""")
                .bind("kind", kind.toString()).bind("id", subjectId).bind("at", when).bind("reason", reason)
                .query().executeUpdate();
        return true;
    }
}
