package nl.relay.recruitment.proposals;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;

/**
 * Who may propose and who records a hire: proposing takes the candidate's owner or a colleague granted access, and a
 * hire (which fills the vacancy and places the candidate for good) takes the vacancy's owner, an open or on-hold
 * vacancy and a candidate still available or in process.
 */
@QuarkusTest
class ProposalRulesTest {

    @Test
    void proposingSomeoneElsesCandidateTakesTheOwnersGrant() {
        Person owner = People.recruiter();
        Person colleague = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        long vacancy = Vacancies.post(colleague, Vacancies.client(colleague, "ASML"), Map.of());
        Api.as(colleague).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + vacancy + "/proposals")
                .then().statusCode(403);
        Api.as(owner).get("/api/candidates/" + candidate).then().body("status", equalTo("available"));
        Api.as(colleague).get("/api/vacancies/" + vacancy + "/proposals").then().body("items.size()", equalTo(0));
        Candidates.grant(owner, candidate, colleague);
        Api.as(colleague).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + vacancy + "/proposals")
                .then().statusCode(201);
    }

    @Test
    void aClosedVacancyIsNotFilledByAHire() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Rijkswaterstaat"), Map.of());
        long proposal = interview(owner, vacancy, candidate);
        Api.as(owner).body(Map.of("status", "closed")).patch("/api/vacancies/" + vacancy).then().statusCode(200);
        Api.as(owner).body(Map.of("status", "hired")).patch("/api/proposals/" + proposal).then().statusCode(409);
        Api.as(owner).get("/api/vacancies/" + vacancy).then().body("status", equalTo("closed"));
        Api.as(owner).get("/api/candidates/" + candidate).then().body("status", equalTo("in-process"));
    }

    @Test
    void aWithdrawnCandidateIsNotPlacedByAHire() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Gemeente Utrecht"), Map.of());
        long proposal = interview(owner, vacancy, candidate);
        Api.as(owner).body(Map.of("status", "withdrawn")).patch("/api/candidates/" + candidate).then()
                .statusCode(200);
        Api.as(owner).body(Map.of("status", "hired")).patch("/api/proposals/" + proposal).then().statusCode(409);
        Api.as(owner).get("/api/vacancies/" + vacancy).then().body("status", equalTo("open"));
        Api.as(owner).get("/api/candidates/" + candidate).then().body("status", equalTo("withdrawn"));
    }

    @Test
    void anOnHoldVacancyIsFilledByTheOwnersHire() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Vitens"), Map.of());
        long proposal = interview(owner, vacancy, candidate);
        Api.as(owner).body(Map.of("status", "on-hold")).patch("/api/vacancies/" + vacancy).then().statusCode(200);
        Api.as(owner).body(Map.of("status", "hired")).patch("/api/proposals/" + proposal).then().statusCode(200);
        Api.as(owner).get("/api/vacancies/" + vacancy).then().body("status", equalTo("filled"));
        Api.as(owner).get("/api/candidates/" + candidate).then().body("status", equalTo("placed"));
    }

    private static long interview(Person owner, long vacancy, long candidate) {
        long proposal = ((Number) Api.as(owner).body(Map.of("candidateId", candidate))
                .post("/api/vacancies/" + vacancy + "/proposals").then().statusCode(201).extract().path("id"))
                .longValue();
        Api.as(owner).body(Map.of("status", "interview")).patch("/api/proposals/" + proposal).then().statusCode(200);
        return proposal;
    }
}
