package nl.relay.privacy.retention;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** Who may extend retention, place and lift legal holds, and read what retention will anonymise. */
@QuarkusTest
class RetentionAuthorisationTest {

    private static final Map<String, Object> FRESH = Map.of("informedAt", "2026-11-25T09:00:00Z",
            "informedHow", "email");

    @Test
    void onlyTheOwnerExtendsRetention() {
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        Api.anonymous().body(FRESH).post("/api/candidates/" + id + "/retention").then().statusCode(401);
        Api.as(People.recruiter()).body(FRESH).post("/api/candidates/" + id + "/retention").then()
                .statusCode(anyOf(equalTo(403), equalTo(404)));
        Api.as(People.employee()).body(FRESH).post("/api/candidates/" + id + "/retention").then()
                .statusCode(anyOf(equalTo(403), equalTo(404)));
        Api.as(People.adminToken()).body(FRESH).post("/api/candidates/" + id + "/retention").then()
                .statusCode(anyOf(equalTo(403), equalTo(404)));
        Api.as(owner).body(FRESH).post("/api/candidates/999999999/retention").then().statusCode(404);
        Api.as(owner).body(FRESH).post("/api/candidates/" + id + "/retention").then().statusCode(200);
    }

    @Test
    void freshConsentNeedsWhenAndHowAndChangesNothingOtherwise() {
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of("consent", Map.of("given", false, "informedAt",
                "2026-11-20T10:00:00Z", "informedHow", "letter", "source", "website")));
        Api.as(owner).body(Map.of("informedHow", "email")).post("/api/candidates/" + id + "/retention").then()
                .statusCode(422).body("errors.field", hasItem("informedAt"));
        Api.as(owner).body(Map.of("informedAt", "2026-11-25T09:00:00Z", "informedHow", "pigeon"))
                .post("/api/candidates/" + id + "/retention").then().statusCode(422)
                .body("errors.field", hasItem("informedHow"));
        Api.as(owner).body(Map.of("informedAt", "2999-01-01T00:00:00Z", "informedHow", "email"))
                .post("/api/candidates/" + id + "/retention").then().statusCode(422)
                .body("errors.field", hasItem("informedAt"));
        Api.as(owner).get("/api/candidates/" + id).then().statusCode(200).body("consent.given", equalTo(false))
                .body("consent.informedHow", equalTo("letter"));
    }

    @Test
    void onlyAdminsPlaceAndLiftLegalHoldsAndThePrivacyOfficerSeesThem() {
        long id = Candidates.offer(People.recruiter(), Map.of());
        Map<String, Object> reason = Map.of("reason", "Lopende procedure");
        String path = "/api/privacy/holds/candidate/" + id;
        Api.anonymous().body(reason).put(path).then().statusCode(401);
        Api.anonymous().delete(path).then().statusCode(401);
        Api.anonymous().get("/api/privacy/holds").then().statusCode(401);
        Person officer = People.withRoles("privacy");
        for (Person wrong : new Person[]{People.recruiter(), officer, People.employee()}) {
            Api.as(wrong).body(reason).put(path).then().statusCode(403);
            Api.as(wrong).delete(path).then().statusCode(403);
            Api.as(wrong).get("/api/privacy/holds").then()
                    .statusCode(wrong == officer ? 200 : 403);
        }
        String admin = People.adminToken();
        Api.as(admin).body(reason).put("/api/privacy/holds/candidate/999999999").then().statusCode(404);
        Api.as(admin).body(reason).put("/api/privacy/holds/referral/999999999").then().statusCode(404);
        Api.as(admin).body(reason).put("/api/privacy/holds/post/" + id).then().statusCode(404);
        Api.as(admin).delete("/api/privacy/holds/candidate/999999999").then().statusCode(404);
        Api.as(admin).body(Map.of("reason", " ")).put(path).then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        Api.as(admin).body(Map.of()).put(path).then().statusCode(422);
        Api.as(admin).get("/api/privacy/holds").then().statusCode(200)
                .body("findAll { it.kind == 'candidate' && it.id == " + id + " }.size()", equalTo(0));
        Api.as(admin).body(reason).put(path).then().statusCode(200);
        Api.as(admin).delete(path).then().statusCode(204);
        Api.as(admin).delete(path).then().statusCode(204);
    }

    @Test
    void onlyThePrivacyRoleAndAdminsReadTheRetentionPlan() {
        Api.anonymous().get("/api/privacy/retention").then().statusCode(401);
        Api.as(People.recruiter()).get("/api/privacy/retention").then().statusCode(403);
        Api.as(People.employee()).get("/api/privacy/retention").then().statusCode(403);
        Api.as(People.withRoles("privacy")).get("/api/privacy/retention").then().statusCode(200);
        Api.as(People.adminToken()).queryParam("within", "P7D").get("/api/privacy/retention").then()
                .statusCode(200);
        Api.as(People.adminToken()).queryParam("within", "next week").get("/api/privacy/retention").then()
                .statusCode(422).body("errors.field", hasItem("within"));
    }
}
