package nl.relay.privacy.subjects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import nl.relay.platform.database.NativeSql;
import nl.relay.privacy.AuditEntry;
import nl.relay.privacy.SubjectKind;

/** The read audit of a person's candidate and referral records, newest first: who read their details, when, how. */
@ApplicationScoped
class SubjectReads {

    private final EntityManager entityManager;

    SubjectReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<AuditEntry> of(List<Long> candidateIds, List<Long> referralIds) {
        if (candidateIds.isEmpty() && referralIds.isEmpty()) {
            return List.of();
        }
        return NativeSql.select(entityManager, """
                select r.id, r.at, a.username, a.display_name, r.subject_kind, r.subject_id, r.channel
                from person_read r join account a on a.id = r.reader_id
                where (r.subject_kind = 'candidate' and r.subject_id = any(cast(:candidates as bigint[])))
                   or (r.subject_kind = 'referral' and r.subject_id = any(cast(:referrals as bigint[])))
                order by r.at desc, r.id desc""")
                .bind("candidates", candidateIds.toArray(Long[]::new))
                .bind("referrals", referralIds.toArray(Long[]::new))
                .list(row -> new AuditEntry(row.longValue("id"), row.instant("at"),
                        new AuditEntry.Reader(row.text("username"), row.text("display_name")),
                        new AuditEntry.Subject(
                                SubjectKind.valueOf(row.text("subject_kind").toUpperCase(Locale.ROOT)),
                                row.longValue("subject_id")),
                        row.text("channel")));
    }
}
