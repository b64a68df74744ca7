package nl.relay.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;

/** Every read of a person's details leaves one audit entry naming the reader and the subject; no access, none. */
@QuarkusTest
class ReadAuditTest {

    @Test
    void readingACandidatesPersonThroughTheApiIsAudited() {
        Person owner = People.recruiter();
        Person colleague = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        Candidates.grant(owner, candidate, colleague);

        Api.as(colleague).get("/api/candidates/" + candidate).then().statusCode(200)
                .body("person.name", notNullValue());

        List<Map<String, Object>> entries = Audit.ofCandidate(candidate, colleague);
        assertEquals(1, entries.size(), entries.toString());
        Map<String, Object> entry = entries.get(0);
        assertEquals(Map.of("username", colleague.username(), "displayName", "Test " + colleague.username()),
                entry.get("reader"));
        assertEquals(Map.of("kind", "candidate", "id", (int) candidate), entry.get("subject"));
        assertEquals("api", entry.get("channel"));
        assertTrue(entry.get("at") != null && entry.get("id") != null, entry.toString());
    }

    @Test
    void readingACandidatesPersonThroughThePageIsAudited() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        int afterOffer = Audit.ofCandidate(candidate, owner).size();

        String page = Pages.page(Pages.cookie(owner)).get("/candidates/" + candidate).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("@voorbeeld.nl"), "the owner sees the person on the page");

        List<Map<String, Object>> entries = Audit.ofCandidate(candidate, owner);
        assertEquals(afterOffer + 1, entries.size(), entries.toString());
        assertEquals("page", entries.get(0).get("channel"));
        assertEquals(owner.username(), ((Map<?, ?>) entries.get(0).get("reader")).get("username"));
        assertEquals((int) candidate, ((Map<?, ?>) entries.get(0).get("subject")).get("id"));
    }

    @Test
    void aChangeThatReadsThePersonTwiceIsOneRead() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        int before = Audit.ofCandidate(candidate, owner).size();

        Api.as(owner).body(Map.of("hoursPerWeek", 24)).patch("/api/candidates/" + candidate).then().statusCode(200)
                .body("person.name", notNullValue());

        List<Map<String, Object>> entries = Audit.ofCandidate(candidate, owner);
        assertEquals(before + 1, entries.size(), entries.toString());
    }

    @Test
    void aReadWithoutAccessLeavesNoEntry() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        Person outsider = People.recruiter();
        Person employee = People.employee();

        Api.as(outsider).get("/api/candidates/" + candidate).then().statusCode(200)
                .body("person", equalTo(null));
        Api.as(employee).get("/api/candidates/" + candidate).then().statusCode(200)
                .body("person", equalTo(null));
        Pages.page(Pages.cookie(outsider)).get("/candidates/" + candidate).then().statusCode(200);

        assertEquals(List.of(), Audit.ofCandidate(candidate, outsider));
        assertEquals(List.of(), Audit.ofCandidate(candidate, employee));
    }

    @Test
    void theVacancyOwnerReadingItsReferralsLeavesAnEntryPerReferralAndAdminsNone() {
        Person owner = People.recruiter();
        Person referrer = People.employee();
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Gemeente Zeist"), Map.of());
        long first = refer(referrer, vacancy, "Anouk Smit");
        long second = refer(referrer, vacancy, "Bram de Wit");

        Api.as(owner).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200)
                .body("[0].person.name", notNullValue());
        Api.as(People.admin()).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200);

        for (long referral : List.of(first, second)) {
            List<Map<String, Object>> entries = Audit.entries(Map.of("referralId", referral));
            assertEquals(1, entries.size(), entries.toString());
            assertEquals(owner.username(), ((Map<?, ?>) entries.get(0).get("reader")).get("username"));
            assertEquals(Map.of("kind", "referral", "id", (int) referral), entries.get(0).get("subject"));
            assertEquals("api", entries.get(0).get("channel"));
        }

        Pages.page(Pages.cookie(referrer)).get("/vacancies/" + vacancy).then().statusCode(200);
        Set<Object> readByReferrer = Audit.entries(Map.of("reader", referrer.username())).stream()
                .map(e -> ((Map<?, ?>) e.get("subject")).get("id")).collect(Collectors.toSet());
        assertEquals(Set.of((int) first, (int) second), readByReferrer);
        assertTrue(Audit.entries(Map.of("reader", referrer.username())).stream()
                .allMatch(e -> "page".equals(e.get("channel"))));
    }

    private static long refer(Person referrer, long vacancy, String name) {
        return ((Number) Api.as(referrer).body(Map.of("name", name, "note", "Oud-collega, sterk in SQL."))
                .post("/api/vacancies/" + vacancy + "/referrals").then().statusCode(201).extract().path("id"))
                .longValue();
    }
}
