package nl.relay.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.privacy.PersonIdentifiers;
import nl.relay.privacy.SubjectKind;

/**
 * The one writer of blanked persons and of the anonymisation log, for erasure and retention alike: the name (and a
 * referral's note) becomes the marker, email, phone and the keys duplicates are found by go, a free-text consent
 * source loses the identifiers, consent stays as a fact, and {@code anonymised_at} and a line in
 * {@code anonymisation} (kind, id, when, why) say it happened. A candidate's CV is deleted with them, by its
 * owner ({@link nl.relay.recruitment.candidates.CandidateDocuments#deleteOf}).
 */
@ApplicationScoped
public class BlankPersons {

    private final EntityManager entityManager;
    private final Clock clock;

    BlankPersons(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Blanks these records of one kind; {@code reason} is {@code retention} or {@code erasure}. Answers the ids it
     * blanked now: a record retention anonymised before is left to an erasure only, which may blank it once more.
     */
    public List<Long> blank(SubjectKind kind, Collection<Long> ids, PersonIdentifiers identifiers, String marker,
            String reason) {
        if (ids.isEmpty()) {
            return List.of();
        }
        boolean candidates = kind == SubjectKind.CANDIDATE;
        String table = candidates ? "candidate_person" : "referral_person";
        String key = candidates ? "candidate_id" : "referral_id";
        String onlyOnce = reason.equals("erasure") ? "" : " and anonymised_at is null";
        List<Source> rows = NativeSql.select(entityManager, "select " + key + " as id, consent_source from " + table
                + " where " + key + " = any(cast(:ids as bigint[]))" + onlyOnce + " order by 1 for update")
                .bind("ids", ids.toArray(Long[]::new))
                .list(row -> new Source(row.longValue("id"), row.text("consent_source")));
        if (rows.isEmpty()) {
            return List.of();
        }
        Timestamp at = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        String blanked = candidates
                ? "name = :marker, email = null, phone = null, email_key = null, phone_key = null, name_key = ''"
                : "name = :marker, email = null, note = :marker";
        NativeSql.of(entityManager, "update " + table + " p set " + blanked + ", consent_source = s.source, "
                + "anonymised_at = coalesce(p.anonymised_at, :at) "
                + "from unnest(cast(:ids as bigint[]), cast(:sources as text[])) as s (id, source) where p." + key
                + " = s.id")
                .bind("marker", marker)
                .bind("at", at)
                .bind("ids", rows.stream().map(Source::id).toArray(Long[]::new))
                .bind("sources", rows.stream().map(row -> identifiers.replace(row.consentSource(), marker))
                        .toArray(String[]::new))
                .query().executeUpdate();
        List<Long> done = rows.stream().map(Source::id).toList();
        NativeSql.of(entityManager, """
                insert into anonymisation (subject_kind, subject_id, at, reason)
                select :kind, blanked.subject, :at, :reason from unnest(cast(:ids as bigint[])) as blanked (subject)
                where not exists (select 1 from anonymisation a where a.subject_kind = :kind
                                  and a.subject_id = blanked.subject and a.reason = :reason)""")
                .bind("kind", kind.toString())
                .bind("at", at)
                .bind("reason", reason)
                .bind("ids", done.toArray(Long[]::new))
                .query().executeUpdate();
        return done;
    }

    private record Source(long id, String consentSource) {
    }
}
