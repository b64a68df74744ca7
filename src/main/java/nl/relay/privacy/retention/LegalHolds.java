package nl.relay.privacy.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.http.PathIds;
import nl.relay.platform.text.OneLine;
import nl.relay.privacy.SubjectKind;

/**
 * Legal holds: an admin suspends the anonymisation of one candidate's or referral's person (placing it again
 * replaces the reason), and lifts it again. Unknown kinds and ids are a 404.
 */
@ApplicationScoped
public class LegalHolds {

    private final EntityManager entityManager;
    private final Clock clock;

    LegalHolds(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public LegalHold place(long adminId, String rawKind, String rawId, String reason) {
        SubjectKind kind = kind(rawKind);
        long id = existing(kind, rawId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500 || !OneLine.Check.holds(why)) {
            throw new InvalidInput("reason", "is required: one line of 1 to 500 characters");
        }
        NativeSql.of(entityManager, """
                insert into legal_hold (subject_kind, subject_id, reason, placed_by, placed_at)
                values (:kind, :id, :reason, :admin, :at)
                on conflict (subject_kind, subject_id) do update set reason = excluded.reason,
                    placed_by = excluded.placed_by, placed_at = excluded.placed_at""")
                .bind("kind", kind.toString()).bind("id", id).bind("reason", why).bind("admin", adminId)
                .bind("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS))).query().executeUpdate();
        return list().stream().filter(h -> h.kind() == kind && h.id() == id).findFirst().orElseThrow();
    }

    /** Lifts the hold; lifting one that is not there is done already. */
    @Transactional
    public void lift(String rawKind, String rawId) {
        SubjectKind kind = kind(rawKind);
        long id = existing(kind, rawId);
        NativeSql.of(entityManager, "delete from legal_hold where subject_kind = :kind and subject_id = :id")
                .bind("kind", kind.toString()).bind("id", id).query().executeUpdate();
    }

    /** Every hold, newest first. */
    public List<LegalHold> list() {
        return NativeSql.select(entityManager, """
                select h.subject_kind, h.subject_id, h.reason, a.username, h.placed_at
                from legal_hold h join account a on a.id = h.placed_by
                order by h.placed_at desc, h.subject_kind, h.subject_id""")
                .list(row -> new LegalHold(SubjectKind.valueOf(row.text("subject_kind").toUpperCase(Locale.ROOT)),
                        row.longValue("subject_id"), row.text("reason"), row.text("username"),
                        row.instant("placed_at")));
    }

    private static SubjectKind kind(String raw) {
        return switch (raw == null ? "" : raw) {
            case "candidate" -> SubjectKind.CANDIDATE;
            case "referral" -> SubjectKind.REFERRAL;
            default -> throw notFound();
        };
    }

    private long existing(SubjectKind kind, String rawId) {
        long id = PathIds.parse(rawId, LegalHolds::notFound);
        String table = kind == SubjectKind.CANDIDATE ? "candidate" : "referral";
        boolean exists = !entityManager.createNativeQuery("select 1 from " + table + " where id = ?1")
                .setParameter(1, id).getResultList().isEmpty();
        if (!exists) {
            throw notFound();
        }
        return id;
    }

    private static NotFound notFound() {
        return new NotFound("There is no such candidate or referral.");
    }
}
