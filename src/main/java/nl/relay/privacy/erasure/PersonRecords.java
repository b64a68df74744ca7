package nl.relay.privacy.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.relay.platform.database.NativeSql;
import nl.relay.privacy.PersonIdentifiers;

/**
 * The records of a person who is no user (candidate_person, referral_person): found by email, phone or candidate,
 * and blanked by an erasure (the anonymous candidate or referral they belong to stays). A blanked record is found
 * no more, so a second erasure of the same person finds nothing.
 */
@ApplicationScoped
class PersonRecords {

    private final EntityManager entityManager;

    PersonRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The person's records and what identifies them: the request's email and phone, and what the records hold. */
    record Person(List<Long> candidates, List<Long> referrals, Set<String> names, Set<String> emails,
            Set<String> phoneKeys) {

        PersonIdentifiers identifiers() {
            return PersonIdentifiers.of(names, emails, phoneKeys);
        }
    }

    /** One record; {@code anonymised} when retention or an erasure blanked it (its name is then a marker). */
    private record Record(long id, String name, String email, String phoneKey, boolean anonymised) {

        /** The name as written, unless only a marker is left of it. */
        Optional<String> writtenName() {
            return anonymised || name == null || PersonIdentifiers.isMarker(name)
                    ? Optional.empty()
                    : Optional.of(name);
        }
    }

    /**
     * Finds the person's records (locked): candidates by id, email or phone; then, once more, by every email and phone
     * those records hold (the same person offered twice); referrals by any of the emails.
     */
    Person find(ErasureRequest request) {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        if (request.email() != null) {
            emails.add(request.email().toLowerCase(Locale.ROOT));
        }
        if (request.phone() != null) {
            phones.add(PersonIdentifiers.phoneKey(request.phone()));
        }
        List<Record> candidates = candidates(request.candidateId(), emails, phones);
        candidates.forEach(found -> add(found, emails, phones));
        candidates = candidates(request.candidateId(), emails, phones);
        candidates.forEach(found -> add(found, emails, phones));
        List<Record> referrals = emails.isEmpty()
                ? List.of()
                : NativeSql.select(entityManager, """
                        select referral_id as id, name, email, null as phone_key, anonymised_at from referral_person
                        where lower(btrim(email)) = any(cast(:emails as text[])) order by referral_id for update""")
                        .bind("emails", emails.toArray(String[]::new))
                        .list(PersonRecords::record);
        Set<String> names = new LinkedHashSet<>();
        candidates.forEach(found -> found.writtenName().ifPresent(names::add));
        referrals.forEach(found -> found.writtenName().ifPresent(names::add));
        return new Person(candidates.stream().map(Record::id).toList(), referrals.stream().map(Record::id).toList(),
                names, emails, phones);
    }

    private List<Record> candidates(Long candidateId, Set<String> emails, Set<String> phones) {
        return NativeSql.select(entityManager, """
                select candidate_id as id, name, email, phone_key, anonymised_at from candidate_person
                where (candidate_id = :candidate or email_key = any(cast(:emails as text[]))
                       or phone_key = any(cast(:phones as text[])))
                  and not (name = :marker and email is null and phone is null)
                order by candidate_id for update""")
                .bind("candidate", candidateId == null ? -1L : candidateId)
                .bind("emails", emails.toArray(String[]::new))
                .bind("phones", phones.toArray(String[]::new))
                .bind("marker", PersonIdentifiers.MARKER)
                .list(PersonRecords::record);
    }

    private static Record record(nl.relay.platform.database.Row row) {
        return new Record(row.longValue("id"), row.text("name"), row.text("email"), row.text("phone_key"),
                row.instant("anonymised_at") != null);
    }

    private static void add(Record found, Set<String> emails, Set<String> phones) {
        if (found.email() != null && !found.email().isBlank()) {
            emails.add(found.email().strip().toLowerCase(Locale.ROOT));
        }
        if (found.phoneKey() != null) {
            phones.add(found.phoneKey());
        }
    }
}
