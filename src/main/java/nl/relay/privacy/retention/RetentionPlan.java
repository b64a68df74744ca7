package nl.relay.privacy.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.privacy.SubjectKind;

/**
 * When each known person is due for anonymisation, as the README promises. A candidate's procedure ends when the
 * offer is placed or withdrawn (closed_at), or when it expired while still active; without consent it is kept
 * relay.privacy.retention.without-consent after that, with consent with-consent after the end or after the person
 * was (freshly) informed, whichever is later. A referral is kept relay.privacy.retention.referrals after its vacancy
 * closed. What is anonymised already is never due again.
 */
@ApplicationScoped
public class RetentionPlan {

    private final EntityManager entityManager;
    private final RetentionConfig config;
    private final Clock clock;

    RetentionPlan(EntityManager entityManager, RetentionConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** What retention will anonymise from now until {@code within} from now (held ones included, marked), soonest first. */
    public List<RetentionDue> dueWithin(Duration within) {
        return dueBy(clock.instant().plus(within));
    }

    /** Everything due at or before {@code until}, soonest first; held ones included and marked. */
    public List<RetentionDue> dueBy(Instant until) {
        return query(until, null, null);
    }

    /**
     * When this one person will be anonymised, if their procedure has an end (an active offer ends when it expires;
     * a referral when its vacancy closes); empty once anonymised.
     */
    public Optional<RetentionDue> dueOf(SubjectKind kind, long id) {
        return dueOf(kind, List.of(id)).stream().findFirst();
    }

    /** {@link #dueOf(SubjectKind, long)} for several of one kind, in one query; those with no end are left out. */
    public List<RetentionDue> dueOf(SubjectKind kind, List<Long> ids) {
        return ids.isEmpty() ? List.of() : query(Instant.parse("9999-12-31T00:00:00Z"), kind, ids);
    }

    private List<RetentionDue> query(Instant until, SubjectKind kind, List<Long> ids) {
        return NativeSql.select(entityManager, """
                with due as (
                    select 'candidate' as kind, c.id, c.owner_id, c.post_id, p.consent_given as consent,
                           case when p.consent_given
                                then greatest(e.ended, coalesce(p.consent_informed_at, e.ended))
                                     + cast(:withConsent as interval)
                                else e.ended + cast(:withoutConsent as interval) end as due_at
                    from candidate c
                    join candidate_person p on p.candidate_id = c.id
                    cross join lateral (select coalesce(c.closed_at,
                           case when c.status in ('available', 'in-process') then c.expires_at end) as ended) e
                    where p.anonymised_at is null and e.ended is not null
                    union all
                    select 'referral', r.id, v.owner_id, v.post_id, rp.consent_given,
                           v.closed_at + cast(:referrals as interval)
                    from referral r
                    join referral_person rp on rp.referral_id = r.id
                    join vacancy v on v.id = r.vacancy_id
                    where rp.anonymised_at is null and v.closed_at is not null)
                select d.kind, d.id, d.post_id, d.consent, d.due_at, a.username, a.display_name,
                       exists (select 1 from legal_hold h where h.subject_kind = d.kind and h.subject_id = d.id) as held
                from due d join account a on a.id = d.owner_id
                where d.due_at <= :until %s
                order by d.due_at, d.kind, d.id""".formatted(kind == null
                ? ""
                : "and d.kind = :kind and d.id = any(cast(:ids as bigint[]))"))
                .bind("kind", kind == null ? null : kind.toString())
                .bind("ids", ids == null ? null : ids.toArray(Long[]::new))
                .bind("withConsent", config.withConsent().toString())
                .bind("withoutConsent", config.withoutConsent().toString())
                .bind("referrals", config.referrals().toString())
                .bind("until", Timestamp.from(until))
                .list(RetentionPlan::due);
    }

    private static RetentionDue due(Row row) {
        Object consent = row.value("consent");
        return new RetentionDue(SubjectKind.valueOf(row.text("kind").toUpperCase(Locale.ROOT)), row.longValue("id"),
                new RetentionDue.Owner(row.text("username"), row.text("display_name")), row.instant("due_at"),
                row.flag("held"), consent == null ? null : (Boolean) consent, row.longValue("post_id"));
    }
}
