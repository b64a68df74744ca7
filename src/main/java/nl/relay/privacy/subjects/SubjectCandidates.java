package nl.relay.privacy.subjects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.posts.PostView;
import nl.relay.privacy.subjects.SubjectReport.CandidateRecord;
import nl.relay.privacy.subjects.SubjectReport.Grant;
import nl.relay.privacy.subjects.SubjectReport.InterestRecord;
import nl.relay.privacy.subjects.SubjectReport.ProposalRecord;
import nl.relay.privacy.subjects.SubjectReport.VacancyRef;

/**
 * The candidate records of a person, found by their normalised e-mail or phone: details, consent, profile, owner,
 * the colleagues granted access, the proposals, the interest shown and whether a CV is stored. For the privacy officer only, through
 * {@link SubjectAccess}, which records the read.
 */
@ApplicationScoped
class SubjectCandidates {

    private final EntityManager entityManager;

    SubjectCandidates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<CandidateRecord> of(SubjectKeys keys) {
        List<Row> rows = NativeSql.select(entityManager, """
                select c.id, c.post_id, c.title, c.summary, array_to_string(c.skills, chr(31)) as skills, c.seniority,
                       cast(c.available_from as text) as available_from, c.hours_per_week, c.region_code, c.rate,
                       array_to_string(c.contract_types, chr(31)) as contract_types, c.client_id,
                       cl.name as client_name, c.sector_code, c.status, c.created_at, c.last_activity_at,
                       c.expires_at, %s,
                       p.name, p.email, p.phone, p.consent_given, p.consent_informed_at, p.consent_informed_how,
                       p.consent_source, d.filename as cv_filename, d.content_type as cv_content_type,
                       d.size_bytes as cv_size, d.uploaded_at as cv_uploaded_at
                from candidate_person p
                join candidate c on c.id = p.candidate_id
                left join candidate_document d on d.candidate_id = c.id
                join account o on o.id = c.owner_id
                left join client cl on cl.id = c.client_id
                where p.email_key = any(cast(:emails as text[])) or p.phone_key = any(cast(:phones as text[]))
                order by c.id""".formatted(Colleagues.columns("o", "owner")))
                .bind("emails", keys.emails().toArray(String[]::new))
                .bind("phones", keys.phones().toArray(String[]::new))
                .list(row -> row);
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(row -> row.longValue("id")).toArray(Long[]::new);
        Map<Long, List<Grant>> grants = grants(ids);
        Map<Long, List<ProposalRecord>> proposals = proposals(ids);
        Map<Long, List<InterestRecord>> interests = interests(ids);
        return rows.stream().map(row -> {
            long id = row.longValue("id");
            return new CandidateRecord(id,
                    new SubjectReport.Details(row.text("name"), row.text("email"), row.text("phone")),
                    new SubjectReport.Consent(row.flag("consent_given"), row.instant("consent_informed_at"),
                            row.text("consent_informed_how"), row.text("consent_source")),
                    profile(row), row.text("status"), Colleagues.read(row, "owner"), row.longValue("post_id"),
                    row.instant("created_at"), row.instant("last_activity_at"), row.instant("expires_at"),
                    grants.getOrDefault(id, List.of()), proposals.getOrDefault(id, List.of()),
                    interests.getOrDefault(id, List.of()), cv(row));
        }).toList();
    }

    private static SubjectReport.Cv cv(Row row) {
        return row.text("cv_filename") == null
                ? null
                : new SubjectReport.Cv(row.text("cv_filename"), row.text("cv_content_type"), row.longValue("cv_size"),
                        row.instant("cv_uploaded_at"));
    }

    private static SubjectReport.Profile profile(Row row) {
        Long clientId = row.nullableLong("client_id");
        return new SubjectReport.Profile(row.text("title"), row.text("summary"), list(row.text("skills")),
                row.text("seniority"), LocalDate.parse(row.text("available_from")), row.intValue("hours_per_week"),
                row.text("region_code"), row.nullableInt("rate"), list(row.text("contract_types")),
                clientId == null ? null : new PostView.ClientRef(clientId, row.text("client_name")),
                row.text("sector_code"));
    }

    private Map<Long, List<Grant>> grants(Long[] ids) {
        return byCandidate(NativeSql.select(entityManager, """
                select ca.candidate_id, ca.granted_at, %s, %s
                from candidate_access ca
                join account g on g.id = ca.account_id
                join account b on b.id = ca.granted_by
                where ca.candidate_id = any(cast(:ids as bigint[]))
                order by ca.granted_at, ca.account_id""".formatted(Colleagues.columns("g", "grantee"),
                Colleagues.columns("b", "grantor")))
                .bind("ids", ids)
                .list(row -> new Keyed<>(row.longValue("candidate_id"), new Grant(Colleagues.read(row, "grantee"),
                        Colleagues.read(row, "grantor"), row.instant("granted_at")))));
    }

    private Map<Long, List<ProposalRecord>> proposals(Long[] ids) {
        return byCandidate(NativeSql.select(entityManager, """
                select pr.id, pr.candidate_id, pr.vacancy_id, v.title as vacancy_title, pr.client_id,
                       cl.name as client_name, pr.status, pr.proposed_at, pr.changed_at, %s
                from proposal pr
                join vacancy v on v.id = pr.vacancy_id
                join client cl on cl.id = pr.client_id
                join account a on a.id = pr.proposed_by
                where pr.candidate_id = any(cast(:ids as bigint[]))
                order by pr.id""".formatted(Colleagues.columns("a", "proposer")))
                .bind("ids", ids)
                .list(row -> new Keyed<>(row.longValue("candidate_id"), new ProposalRecord(row.longValue("id"),
                        new VacancyRef(row.longValue("vacancy_id"), row.text("vacancy_title")),
                        new PostView.ClientRef(row.longValue("client_id"), row.text("client_name")),
                        row.text("status"), Colleagues.read(row, "proposer"), row.instant("proposed_at"),
                        row.instant("changed_at")))));
    }

    private Map<Long, List<InterestRecord>> interests(Long[] ids) {
        return byCandidate(NativeSql.select(entityManager, """
                select i.candidate_id, i.vacancy_id, v.title as vacancy_title, i.note, i.created_at, %s
                from candidate_interest i
                join account a on a.id = i.account_id
                left join vacancy v on v.id = i.vacancy_id
                where i.candidate_id = any(cast(:ids as bigint[]))
                order by i.id""".formatted(Colleagues.columns("a", "by")))
                .bind("ids", ids)
                .list(row -> {
                    Long vacancy = row.nullableLong("vacancy_id");
                    return new Keyed<>(row.longValue("candidate_id"), new InterestRecord(Colleagues.read(row, "by"),
                            vacancy == null ? null : new VacancyRef(vacancy, row.text("vacancy_title")),
                            row.text("note"), row.instant("created_at")));
                }));
    }

    /** A row's record and the candidate it belongs to. */
    private record Keyed<T>(long candidateId, T value) {
    }

    private static <T> Map<Long, List<T>> byCandidate(Collection<Keyed<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Keyed::candidateId,
                Collectors.mapping(Keyed::value, Collectors.toList())));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\u001f"));
    }
}
