package nl.relay.recruitment.vacancies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.platform.database.NativeSql;

/** Whether a client takes new vacancies: it exists, is not archived, and was not merged into another. */
@ApplicationScoped
class ClientForVacancy {

    private final EntityManager entityManager;

    ClientForVacancy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The client's sector when it takes vacancies; otherwise the refusal is added to the profile. */
    String sectorOf(Long clientId, VacancyProfile profile) {
        if (clientId == null) {
            profile.add("clientId", "is required: the client the vacancy is at");
            return null;
        }
        var found = NativeSql.select(entityManager, """
                select c.sector_code, c.archived, s.name as survivor
                from client c left join client s on s.id = c.merged_into
                where c.id = :id""").bind("id", clientId).first(row -> new Facts(row.text("sector_code"),
                row.flag("archived"), row.text("survivor")));
        if (found.isEmpty()) {
            profile.add("clientId", "is not a known client");
            return null;
        }
        Facts facts = found.get();
        if (facts.survivor() != null) {
            profile.add("clientId", "was merged into " + facts.survivor() + ": post the vacancy at that client");
        } else if (facts.archived()) {
            profile.add("clientId", "is archived: it takes no new vacancies");
        }
        return facts.sectorCode();
    }

    /** What decides whether the client takes vacancies, and the sector its posts carry. */
    private record Facts(String sectorCode, boolean archived, String survivor) {
    }
}
