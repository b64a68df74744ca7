package nl.relay.recruitment.proposals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;

/** Proposing candidates to vacancies: once per client whoever tries, recruiters only, and how proposals move on. */
@QuarkusTest
class ProposalsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aProposedCandidateIsInProcessAndCountsForTheVacancy() {
        Person owner = People.recruiter();
        Person proposer = People.named("Fatima el Amrani", "recruiter");
        long candidate = Candidates.offer(owner, Map.of());
        Candidates.grant(owner, candidate, proposer);
        long client = Vacancies.client(proposer, "Albert Heijn");
        long vacancy = Vacancies.post(proposer, client, Map.of());
        Api.as(proposer).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + vacancy + "/proposals")
                .then().statusCode(201).body("vacancyId", equalTo((int) vacancy))
                .body("candidateId", equalTo((int) candidate)).body("client.id", equalTo((int) client))
                .body("proposedBy.displayName", equalTo("Fatima el Amrani")).body("status", equalTo("proposed"));
        Api.as(owner).get("/api/candidates/" + candidate).then().body("status", equalTo("in-process"));
        Api.as(proposer).get("/api/vacancies/" + vacancy).then().body("proposalCount", equalTo(1));
        Api.as(owner).get("/api/vacancies/" + vacancy + "/proposals").then().statusCode(200)
                .body("items.candidateId", equalTo(List.of((int) candidate)));
        Api.as(owner).get("/api/candidates/" + candidate + "/proposals").then().statusCode(200)
                .body("items.vacancyId", equalTo(List.of((int) vacancy)));
    }

    @Test
    void aProposalOfACandidateInAPrivateGroupIsNeitherListedNorCountedForARecruiterOutsideIt() {
        Person member = People.recruiter();
        Person outsider = People.recruiter();
        long group = Groups.create(member, "private");
        long hidden = Candidates.offer(member, Map.of("groupId", group));
        long shown = Candidates.offer(member, Map.of());
        String skill = "lithografie" + Candidates.unique();
        long vacancy = Vacancies.post(outsider, Vacancies.client(outsider, "ASML"),
                Map.of("skills", List.of("java", skill)));
        for (long candidate : List.of(hidden, shown)) {
            Api.as(member).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + vacancy + "/proposals")
                    .then().statusCode(201);
        }

        Api.as(member).get("/api/vacancies/" + vacancy).then().body("proposalCount", equalTo(2));
        Api.as(member).get("/api/vacancies/" + vacancy + "/proposals").then().statusCode(200)
                .body("items.candidateId", equalTo(List.of((int) hidden, (int) shown)));
        Api.as(member).queryParam("skill", skill).get("/api/vacancies").then().statusCode(200)
                .body("items.find { it.id == " + vacancy + " }.proposalCount", equalTo(2));

        Api.as(outsider).get("/api/vacancies/" + vacancy).then().body("proposalCount", equalTo(1));
        Api.as(outsider).get("/api/vacancies/" + vacancy + "/proposals").then().statusCode(200)
                .body("items.candidateId", equalTo(List.of((int) shown)));
        Api.as(outsider).queryParam("skill", skill).get("/api/vacancies").then().statusCode(200)
                .body("items.find { it.id == " + vacancy + " }.proposalCount", equalTo(1));
        Api.as(outsider).get("/api/candidates/" + hidden + "/proposals").then().statusCode(404);
    }

    @Test
    void theSecondProposalToTheSameClientIsRefusedNamingWhoAndWhen() {
        Person pieter = People.named("Pieter Jansen", "recruiter");
        Person anouk = People.named("Anouk de Vries", "recruiter");
        long candidate = Candidates.offer(pieter, Map.of());
        long client = Vacancies.client(pieter, "Albert Heijn");
        String clientName = Api.as(pieter).get("/api/clients/" + client).then().extract().path("name");
        long first = Vacancies.post(pieter, client, Map.of());
        long second = Vacancies.post(anouk, client, Map.of("title", "Data-engineer logistiek"));
        Api.as(pieter).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + first + "/proposals").then()
                .statusCode(201);
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        Api.as(anouk).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + second + "/proposals").then()
                .statusCode(409)
                .body("detail", equalTo("Pieter Jansen already proposed this candidate to " + clientName + " on "
                        + today + "."))
                .body("proposedBy.username", equalTo(pieter.username()))
                .body("proposedAt", notNullValue());
        Api.as(pieter).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + first + "/proposals").then()
                .statusCode(409);
        long elsewhere = Vacancies.post(anouk, Vacancies.client(anouk, "Jumbo"), Map.of());
        Api.as(anouk).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + elsewhere + "/proposals").then()
                .statusCode(403);
        Candidates.grant(pieter, candidate, anouk);
        Api.as(anouk).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + elsewhere + "/proposals").then()
                .statusCode(201);
    }

    @Test
    void twoProposalsAtOnceToOneClientGiveExactlyOneCreated() throws Exception {
        Person one = People.recruiter();
        Person two = People.recruiter();
        long candidate = Candidates.offer(one, Map.of());
        long client = Vacancies.client(one, "Philips");
        long first = Vacancies.post(one, client, Map.of());
        long second = Vacancies.post(two, client, Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 3; round++) {
            long c = round == 0 ? candidate : Candidates.offer(one, Map.of());
            Candidates.grant(one, c, two);
            Future<Integer> a = pool.submit(() -> Api.as(one).body(Map.of("candidateId", c))
                    .post("/api/vacancies/" + first + "/proposals").statusCode());
            Future<Integer> b = pool.submit(() -> Api.as(two).body(Map.of("candidateId", c))
                    .post("/api/vacancies/" + second + "/proposals").statusCode());
            assertEquals(List.of(201, 409), java.util.stream.Stream.of(a.get(), b.get()).sorted().toList());
        }
        pool.shutdown();
    }

    @Test
    void employeesAreRefusedEveryProposalEndpoint() {
        Person recruiter = People.recruiter();
        Person employee = People.employee();
        long candidate = Candidates.offer(recruiter, Map.of());
        long vacancy = Vacancies.post(recruiter, Vacancies.client(recruiter, "Randstad"), Map.of());
        long proposal = ((Number) Api.as(recruiter).body(Map.of("candidateId", candidate))
                .post("/api/vacancies/" + vacancy + "/proposals").then().statusCode(201).extract().path("id"))
                .longValue();
        Api.as(employee).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + vacancy + "/proposals")
                .then().statusCode(403);
        Api.as(employee).get("/api/vacancies/" + vacancy + "/proposals").then().statusCode(403);
        Api.as(employee).get("/api/candidates/" + candidate + "/proposals").then().statusCode(403);
        Api.as(employee).body(Map.of("status", "interview")).patch("/api/proposals/" + proposal).then().statusCode(403);
        Api.as(employee).get("/api/vacancies/" + vacancy).then().body("$", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasKey("proposalCount")));
    }

    @Test
    void aProposalMovesThroughInterviewToAHireThatFillsTheVacancyAndPlacesTheCandidate() {
        Person candidateOwner = People.recruiter();
        Person vacancyOwner = People.recruiter();
        Person proposer = People.recruiter();
        long candidate = Candidates.offer(candidateOwner, Map.of());
        Candidates.grant(candidateOwner, candidate, proposer);
        long vacancy = Vacancies.post(vacancyOwner, Vacancies.client(vacancyOwner, "Coolblue"), Map.of());
        long proposal = ((Number) Api.as(proposer).body(Map.of("candidateId", candidate))
                .post("/api/vacancies/" + vacancy + "/proposals").then().statusCode(201).extract().path("id"))
                .longValue();
        Api.as(People.recruiter()).body(Map.of("status", "interview")).patch("/api/proposals/" + proposal).then()
                .statusCode(403);
        Api.as(proposer).body(Map.of("status", "hired")).patch("/api/proposals/" + proposal).then().statusCode(409);
        Api.as(proposer).body(Map.of("status", "aangenomen")).patch("/api/proposals/" + proposal).then()
                .statusCode(422);
        Api.as(candidateOwner).body(Map.of("status", "interview")).patch("/api/proposals/" + proposal).then()
                .statusCode(200).body("status", equalTo("interview"));
        Api.as(proposer).body(Map.of("status", "hired")).patch("/api/proposals/" + proposal).then().statusCode(403);
        Api.as(vacancyOwner).body(Map.of("status", "hired")).patch("/api/proposals/" + proposal).then()
                .statusCode(200).body("status", equalTo("hired"));
        Api.as(vacancyOwner).get("/api/vacancies/" + vacancy).then().body("status", equalTo("filled"));
        Api.as(candidateOwner).get("/api/candidates/" + candidate).then().body("status", equalTo("placed"));
        Api.as(proposer).body(Map.of("status", "rejected")).patch("/api/proposals/" + proposal).then().statusCode(409);
        Api.as(proposer).body(Map.of("status", "interview")).patch("/api/proposals/999999999").then().statusCode(404);
    }

    @Test
    void onlyAnActiveCandidateAndAnOpenVacancyTakeAProposal() {
        Person recruiter = People.recruiter();
        long client = Vacancies.client(recruiter, "Bol");
        long vacancy = Vacancies.post(recruiter, client, Map.of());
        long withdrawn = Candidates.offer(recruiter, Map.of());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update candidate set status = 'withdrawn' where id = ?1").setParameter(1, withdrawn).executeUpdate());
        Api.as(recruiter).body(Map.of("candidateId", withdrawn)).post("/api/vacancies/" + vacancy + "/proposals")
                .then().statusCode(422).body("errors[0].field", equalTo("candidateId"));
        Api.as(recruiter).body(Map.of("candidateId", 999_999_999)).post("/api/vacancies/" + vacancy + "/proposals")
                .then().statusCode(422).body("errors[0].message", containsString("not a candidate you can propose"));
        Api.as(recruiter).body(Map.of("status", "on-hold")).patch("/api/vacancies/" + vacancy).then().statusCode(200);
        Api.as(recruiter).body(Map.of("candidateId", Candidates.offer(recruiter, Map.of())))
                .post("/api/vacancies/" + vacancy + "/proposals").then().statusCode(422)
                .body("errors[0].field", equalTo("vacancy"));
    }
}
