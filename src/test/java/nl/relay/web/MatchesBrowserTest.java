package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A vacancy's match list in Chromium on a phone: explained, leading to the proposal, and axe-core finds nothing. */
@QuarkusTest
class MatchesBrowserTest extends BrowserPages {

    @Test
    void aVacancysMatchesAreExplainedAndLeadToProposingOnAPhone() {
        Person recruiter = People.recruiter();
        String skill = "abap-" + Candidates.unique();
        long candidate = Candidates.offer(recruiter, Map.of("skills", List.of(skill, "sap"), "region", "breda",
                "title", "SAP-consultant met ABAP-ervaring"));
        long client = ((Number) Api.as(recruiter).body(Map.of("name", "Brouwerij Breda " + Candidates.unique(),
                "aliases", List.of(), "sectorCode", "ict")).post("/api/clients").then().statusCode(201).extract()
                .path("id")).longValue();
        long vacancy = ((Number) Api.as(recruiter).body(Map.of("clientId", client, "title", "SAP-ontwikkelaar",
                "description", "Onderhoud en uitbreiding van ons SAP-landschap.", "skills", List.of(skill),
                "region", "noord-brabant", "hoursPerWeek", 32, "contractType", "interim")).post("/api/vacancies")
                .then().statusCode(201).extract().path("id")).longValue();

        startSignedOut(PHONE);
        signIn(recruiter);
        open("/vacancies/" + vacancy + "/matches");
        WebElement match = waitFor(By.cssSelector("[data-match-id='" + candidate + "']"));
        assertTrue(match.findElement(By.cssSelector("[data-testid=match-why]")).getText()
                .startsWith("Gedeelde vaardigheden: " + skill + " · regio: zelfde provincie"), match.getText());
        assertEquals(List.of(), Axe.violations(browser), "matches-phone");
        Browser.screenshot(browser, "matches-phone");
        String propose = match.findElement(By.cssSelector("[data-testid=propose]")).getAttribute("href");
        assertTrue(propose.endsWith("/vacancies/" + vacancy + "/propose?candidate=" + candidate), propose);
    }
}
