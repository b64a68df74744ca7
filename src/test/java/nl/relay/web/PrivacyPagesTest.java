package nl.relay.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** The privacy page: for the privacy role and admins only; the read audit with its filters. */
@QuarkusTest
class PrivacyPagesTest {

    @Test
    void thePrivacyOfficerSeesWhoReadACandidatesPerson() {
        Person owner = People.recruiter();
        Person colleague = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        Candidates.grant(owner, candidate, colleague);
        Api.as(colleague).get("/api/candidates/" + candidate).then().statusCode(200);
        Person officer = People.withRoles("privacy");

        String page = Pages.page(Pages.cookie(officer)).queryParam("candidateId", candidate).get("/privacy").then()
                .statusCode(200).extract().asString();

        assertTrue(page.contains("data-testid=\"audit-entries\""), page);
        assertTrue(page.contains("@" + colleague.username()), "the reader is named");
        assertTrue(page.contains("/candidates/" + candidate), "the subject links to the candidate");
        assertTrue(page.contains("href=\"/privacy\""), "the menu links the page for the privacy role");
    }

    @Test
    void onlyThePrivacyRoleAndAdminsSeeThePage() {
        Pages.page(Pages.cookie(People.recruiter())).get("/privacy").then().statusCode(403)
                .body(not(containsString("audit-entries")));
        Pages.page(Pages.cookie(People.employee())).get("/privacy").then().statusCode(403)
                .body(not(containsString("href=\"/privacy\"")));
        Pages.page(Pages.cookie(People.admin())).get("/privacy").then().statusCode(200);
        io.restassured.RestAssured.given().redirects().follow(false).get("/privacy").then().statusCode(303);
    }

    @Test
    void anInvalidFilterIsExplainedAtTheForm() {
        Person officer = People.withRoles("privacy");

        Pages.page(Pages.cookie(officer)).queryParam("candidateId", "twaalf").get("/privacy").then().statusCode(422)
                .body(containsString("role=\"alert\""));
    }

    @Test
    void thePageSpeaksEnglishToo() {
        Person officer = People.withRoles("privacy");

        Pages.page(Pages.cookie(officer)).cookie("relay_lang", "en").get("/privacy").then().statusCode(200)
                .body(containsString("Read audit"));
    }

    @Test
    void anAccessRequestShowsWhatRelayHoldsAndIsItselfAudited() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        String email = Api.as(owner).get("/api/candidates/" + candidate).then().statusCode(200).extract()
                .path("person.email");
        String name = Api.as(owner).get("/api/candidates/" + candidate).then().extract().path("person.name");
        Person officer = People.withRoles("privacy");
        String cookie = Pages.cookie(officer);

        String page = Pages.form(cookie).formParam("email", email).post("/privacy/subjects").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        assertTrue(page.contains("data-testid=\"access-candidate\""), page);
        assertTrue(page.contains(name), "the person's details are in the answer");
        assertTrue(page.contains("action=\"/privacy/subjects.json\""), "the report can be downloaded");

        Pages.form(cookie).formParam("email", email).post("/privacy/subjects.json").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("candidates[0].id", org.hamcrest.Matchers.equalTo((int) candidate));
        String audit = Pages.page(cookie).queryParam("candidateId", candidate).queryParam("reader",
                officer.username()).get("/privacy").then().statusCode(200).extract().asString();
        assertTrue(audit.contains("@" + officer.username()), "looking someone up is a read of their details");

        Pages.form(cookie).formParam("email", "geen-adres").post("/privacy/subjects").then().statusCode(400)
                .body(containsString("role=\"alert\""));
        Pages.form(Pages.cookie(owner)).formParam("email", email).post("/privacy/subjects").then().statusCode(403)
                .body(not(containsString(name)));
        Pages.page(cookie).get("/privacy/subjects").then().statusCode(200)
                .body(containsString("data-testid=\"access-form\""));
    }

    @Test
    void anErasureNeedsConfirmationThenShowsItsReport() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        String name = Api.as(owner).get("/api/candidates/" + candidate).then().extract().path("person.name");
        Person officer = People.withRoles("privacy");
        String cookie = Pages.cookie(officer);

        Pages.form(cookie).formParam("candidateId", candidate).post("/privacy/erasures").then().statusCode(422)
                .body(containsString("role=\"alert\""));
        Api.as(owner).get("/api/candidates/" + candidate).then().body("person.name",
                org.hamcrest.Matchers.equalTo(name));

        String report = Pages.form(cookie).formParam("candidateId", candidate).formParam("confirm", "yes")
                .post("/privacy/erasures").then().statusCode(200).extract().asString();
        assertTrue(report.contains("data-testid=\"erasure-changes\""), report);
        assertTrue(report.contains("candidate_person"), report);
        assertTrue(!report.contains(name), "the report never names the person");
        Api.as(owner).get("/api/candidates/" + candidate).then().body("person.name",
                not(containsString("Sanne")));
        Pages.page(cookie).get("/privacy").then().statusCode(200).body(containsString("data-testid=\"erasures\""));

        Pages.form(Pages.cookie(People.recruiter())).formParam("candidateId", candidate).formParam("confirm", "yes")
                .post("/privacy/erasures").then().statusCode(403);
    }

    @Test
    void thePageListsWhomRetentionAnonymisesThisWeek() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of("consent", Map.of("given", false, "informedAt",
                "2026-11-20T10:00:00Z", "informedHow", "email", "source", "job-board")));
        Api.as(owner).body(Map.of("status", "withdrawn")).patch("/api/candidates/" + candidate).then()
                .statusCode(200);
        Person officer = People.withRoles("privacy");
        String cookie = Pages.cookie(officer);
        assertTrue(!retentionSection(cookie).contains("/candidates/" + candidate + "\""),
                "four weeks away is not this week");

        clock.stop();
        try {
            clock.advance(java.time.Duration.ofDays(23));
            assertTrue(retentionSection(cookie).contains("/candidates/" + candidate + "\""),
                    "due within seven days: listed");
        } finally {
            clock.resume();
        }
    }

    @jakarta.inject.Inject
    nl.relay.testing.TestClock clock;

    private static String retentionSection(String cookie) {
        String page = Pages.page(cookie).get("/privacy").then().statusCode(200).extract().asString();
        int start = page.indexOf("data-testid=\"privacy-retention\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void adminsPlaceAndLiftLegalHoldsOnThePage() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        String admin = Pages.cookie(People.admin());
        String officer = Pages.cookie(People.withRoles("privacy"));

        Pages.form(officer).formParam("kind", "candidate").formParam("id", candidate)
                .formParam("reason", "Rechtszaak").post("/privacy/holds").then().statusCode(403);
        Pages.form(admin).formParam("kind", "candidate").formParam("id", candidate).formParam("reason", "")
                .post("/privacy/holds").then().statusCode(422).body(containsString("role=\"alert\""));
        Pages.form(admin).formParam("kind", "candidate").formParam("id", candidate)
                .formParam("reason", "Rechtszaak over de plaatsing").post("/privacy/holds").then().statusCode(303);
        String page = Pages.page(officer).get("/privacy").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Rechtszaak over de plaatsing"), "the hold is listed for the privacy officer");
        assertTrue(!page.contains("data-testid=\"hold-form\""), "only admins get the form");

        Pages.form(admin).post("/privacy/holds/candidate/" + candidate + "/lift").then().statusCode(303);
        Pages.page(officer).get("/privacy").then().statusCode(200)
                .body(not(containsString("Rechtszaak over de plaatsing")));
    }
}
