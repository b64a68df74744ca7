package nl.relay.privacy.subjects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostView;
import nl.relay.privacy.subjects.SubjectReport.ReferralRecord;

/**
 * The referrals of a person, found by their e-mail address (a referral has no phone number): who referred them to
 * which vacancy of which client, and the note. For the privacy officer only, through {@link SubjectAccess}.
 */
@ApplicationScoped
class SubjectReferrals {

    private final EntityManager entityManager;

    SubjectReferrals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<ReferralRecord> of(SubjectKeys keys) {
        if (keys.emails().isEmpty()) {
            return List.of();
        }
        return NativeSql.select(entityManager, """
                select r.id, r.created_at, rp.name, rp.email, rp.note, rp.consent_given, rp.consent_informed_at,
                       rp.consent_informed_how, rp.consent_source, v.id as vacancy_id, v.title as vacancy_title,
                       cl.id as client_id, cl.name as client_name, %s, %s
                from referral_person rp
                join referral r on r.id = rp.referral_id
                join vacancy v on v.id = r.vacancy_id
                join client cl on cl.id = v.client_id
                join account o on o.id = v.owner_id
                join account ref on ref.id = r.referrer_id
                where lower(btrim(rp.email)) = any(cast(:emails as text[]))
                order by r.id""".formatted(Colleagues.columns("o", "owner"), Colleagues.columns("ref", "referrer")))
                .bind("emails", keys.emails().toArray(String[]::new))
                .list(row -> new ReferralRecord(row.longValue("id"),
                        new SubjectReport.Referred(row.text("name"), row.text("email"), row.text("note")),
                        new SubjectReport.Consent((Boolean) row.value("consent_given"),
                                row.instant("consent_informed_at"), row.text("consent_informed_how"),
                                row.text("consent_source")),
                        new SubjectReport.VacancyRef(row.longValue("vacancy_id"), row.text("vacancy_title")),
                        new PostView.ClientRef(row.longValue("client_id"), row.text("client_name")),
                        Colleagues.read(row, "owner"), Colleagues.read(row, "referrer"), row.instant("created_at")));
    }
}
