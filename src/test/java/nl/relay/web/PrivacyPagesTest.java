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
}
