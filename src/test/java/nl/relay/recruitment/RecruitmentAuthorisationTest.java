package nl.relay.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;

/**
 * Every recruitment endpoint against three callers who must not get what a candidate's owner gets: someone not
 * signed in (401), an employee (403 where recruiters only, 404 for what sits in a group they are not in) and a
 * recruiter outside the private group that holds the candidate, the vacancy and the proposal (404: it does not
 * exist for them). What they may do (read regions, boards, a client's page, watch it) answers 2xx.
 */
@QuarkusTest
class RecruitmentAuthorisationTest {

    /** One call and what each caller gets: anonymous, employee, recruiter outside the group. */
    private record Call(String method, String path, Map<String, Object> body, int anonymous, int employee,
            int outsider) {
    }

    @Test
    void everyRecruitmentEndpointRefusesThoseItIsNotFor() {
        Person owner = People.recruiter();
        long group = Groups.create(owner, "private");
        long client = Vacancies.client(owner, "Stedin");
        long candidate = Candidates.offer(owner, Map.of("groupId", group));
        long vacancy = Vacancies.post(owner, client, Map.of("groupId", group));
        long proposal = ((Number) Api.as(owner).body(Map.of("candidateId", candidate))
                .post("/api/vacancies/" + vacancy + "/proposals").then().statusCode(201).extract().path("id"))
                .longValue();
        Person employee = People.employee();
        Person outsider = People.recruiter();
        String colleague = People.recruiter().username();
        Map<String, Object> none = Map.of();

        List<Call> calls = List.of(
                new Call("GET", "/api/regions", null, 401, 200, 200),
                new Call("POST", "/api/candidates", none, 401, 403, 422),
                new Call("GET", "/api/candidates", null, 401, 200, 200),
                new Call("GET", "/api/candidates/" + candidate, null, 401, 404, 404),
                new Call("PATCH", "/api/candidates/" + candidate, Map.of("status", "withdrawn"), 401, 404, 404),
                new Call("POST", "/api/candidates/" + candidate + "/extension", null, 401, 404, 404),
                new Call("POST", "/api/candidates/" + candidate + "/interest", Map.of("note", "Ik heb werk"), 401,
                        403, 404),
                new Call("PUT", "/api/candidates/" + candidate + "/access/" + colleague, null, 401, 404, 404),
                new Call("DELETE", "/api/candidates/" + candidate + "/access/" + colleague, null, 401, 404, 404),
                new Call("GET", "/api/candidates/" + candidate + "/proposals", null, 401, 403, 404),
                new Call("GET", "/api/candidates/" + candidate + "/matches", null, 401, 403, 404),
                new Call("POST", "/api/vacancies", none, 401, 403, 422),
                new Call("GET", "/api/vacancies", null, 401, 200, 200),
                new Call("GET", "/api/vacancies/" + vacancy, null, 401, 404, 404),
                new Call("PATCH", "/api/vacancies/" + vacancy, Map.of("status", "closed"), 401, 404, 404),
                new Call("POST", "/api/vacancies/" + vacancy + "/proposals", Map.of("candidateId", candidate), 401,
                        403, 404),
                new Call("GET", "/api/vacancies/" + vacancy + "/proposals", null, 401, 403, 404),
                new Call("POST", "/api/vacancies/" + vacancy + "/referrals", Map.of("name", "Kees de Vries",
                        "note", "Oud-collega"), 401, 404, 404),
                new Call("GET", "/api/vacancies/" + vacancy + "/referrals", null, 401, 404, 404),
                new Call("GET", "/api/vacancies/" + vacancy + "/matches", null, 401, 403, 404),
                new Call("PATCH", "/api/proposals/" + proposal, Map.of("status", "interview"), 401, 403, 404),
                new Call("GET", "/api/clients/" + client + "/timeline", null, 401, 200, 200),
                new Call("PUT", "/api/clients/" + client + "/watch", none, 401, 200, 200),
                new Call("DELETE", "/api/clients/" + client + "/watch", null, 401, 204, 204),
                new Call("POST", "/api/clients/" + client + "/merge", Map.of("clientId", client), 401, 403, 403),
                new Call("PUT", "/api/clients/" + client + "/archive", null, 401, 403, 403),
                new Call("DELETE", "/api/clients/" + client + "/archive", null, 401, 403, 403));

        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            check(wrong, call, "anonymous", Api.anonymous(), call.anonymous());
            check(wrong, call, "employee", Api.as(employee), call.employee());
            check(wrong, call, "outsider", Api.as(outsider), call.outsider());
        }
        assertEquals(List.of(), wrong);

        Api.as(owner).get("/api/candidates/" + candidate).then().statusCode(200);
        Api.as(owner).get("/api/vacancies/" + vacancy).then().statusCode(200);
    }

    private static void check(List<String> wrong, Call call, String who, RequestSpecification request, int expected) {
        if (call.body() != null) {
            request = request.body(call.body());
        }
        int status = request.request(call.method(), call.path()).statusCode();
        if (status != expected) {
            wrong.add(call.method() + " " + call.path() + " as " + who + ": " + status + ", not " + expected);
        }
    }
}
