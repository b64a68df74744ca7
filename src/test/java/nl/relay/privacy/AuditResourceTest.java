package nl.relay.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** GET /api/privacy/audit: for the privacy role and admins only, filtered, newest first, paged. */
@QuarkusTest
class AuditResourceTest {

    @Test
    void onlyThePrivacyRoleAndAdminsReadTheAudit() {
        Api.anonymous().get("/api/privacy/audit").then().statusCode(401);
        Api.as(People.employee()).get("/api/privacy/audit").then().statusCode(403);
        Api.as(People.recruiter()).get("/api/privacy/audit").then().statusCode(403);
        Api.as(People.withRoles("employee", "recruiter")).get("/api/privacy/audit").then().statusCode(403);
        Api.as(Audit.officer()).get("/api/privacy/audit").then().statusCode(200).body("items", notNullValue());
        Api.as(People.admin()).get("/api/privacy/audit").then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void entriesAreFilteredByReaderSubjectAndTimeNewestFirstAndPaged() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        long other = Candidates.offer(owner, Map.of());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 3; i++) {
            Api.as(owner).get("/api/candidates/" + candidate).then().statusCode(200);
        }
        Api.as(owner).get("/api/candidates/" + other).then().statusCode(200);

        List<Map<String, Object>> since = Audit.entries(Map.of("candidateId", candidate, "reader", owner.username(),
                "from", before.toString()));
        assertEquals(3, since.size(), since.toString());
        List<Map<String, Object>> all = Audit.ofCandidate(candidate, owner);
        assertEquals(4, all.size(), "the offer's answer showed the person too: " + all);
        assertTrue(all.stream().allMatch(e -> ((Map<?, ?>) e.get("subject")).get("id").equals((int) candidate)));
        assertEquals(List.of(), Audit.entries(Map.of("candidateId", candidate, "to", before.toString(),
                "from", before.minusSeconds(3600).toString(), "reader", People.employee().username())));
        List<String> times = all.stream().map(e -> (String) e.get("at")).toList();
        List<String> newestFirst = new ArrayList<>(times);
        newestFirst.sort((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        assertEquals(newestFirst, times);

        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(Audit.officer()).queryParam("candidateId", candidate).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/privacy/audit").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertEquals(all.stream().map(e -> e.get("id")).toList(), paged);

        Api.as(People.admin()).queryParam("candidateId", other).queryParam("reader", owner.username())
                .get("/api/privacy/audit").then().statusCode(200)
                .body("items.subject.kind", hasItem("candidate")).body("items[0].subject.id", equalTo((int) other))
                .body("next", nullValue());
    }

    @Test
    void badParametersAreA422() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("candidateId", "abc"),
                Map.of("referralId", "-4"), Map.of("candidateId", 1, "referralId", 2), Map.of("from", "yesterday"),
                Map.of("to", "2026-13-01"), Map.of("from", "2026-02-01T00:00:00Z", "to", "2026-01-01T00:00:00Z"),
                Map.of("reader", "Not A Username!"), Map.of("limit", 0), Map.of("limit", 101))) {
            Api.as(Audit.officer()).queryParams(bad).get("/api/privacy/audit").then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", notNullValue());
        }
        Api.as(Audit.officer()).queryParam("cursor", "not-ours").get("/api/privacy/audit").then().statusCode(400);
    }
}
