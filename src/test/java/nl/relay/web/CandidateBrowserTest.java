package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Offering a candidate in a real Chromium: a recruiter fills in the form, finds the candidate on the board by
 * skill and region, and a second recruiter says they have a job for it. The form, the board and the candidate
 * page pass axe.
 */
@QuarkusTest
class CandidateBrowserTest extends BrowserPages {

    @Test
    void aRecruiterOffersAColleagueFindsItAndShowsInterest() throws java.io.IOException {
        startSignedOut(DESKTOP);
        Person owner = People.named("Sanne de Wit", "recruiter");
        Person colleague = People.named("Joost Hendriks", "recruiter");
        String skill = "rust" + Candidates.unique();
        signIn(owner);
        open("/candidates");
        Browser.click(browser, waitFor(By.cssSelector("[data-testid=offer-link]")));
        waitFor(By.cssSelector("[data-testid=offer-form]"));
        checkPage("candidate-form");

        type("title", "Embedded-ontwikkelaar voor de maakindustrie");
        type("summary", "Tien jaar ervaring met besturingssoftware voor landbouwmachines; zoekt een team in de regio.");
        type("skills", skill + ", c++, linux");
        new Select(browser.findElement(By.id("seniority"))).selectByValue("senior");
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("availableFrom")),
                LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14).toString());
        type("hoursPerWeek", "40");
        new Select(browser.findElement(By.id("region"))).selectByValue("eindhoven");
        Browser.click(browser, browser.findElement(By.cssSelector("input[name=contractTypes][value=secondment]")));
        type("personName", "Ruben Kuipers");
        type("personEmail", "ruben.kuipers." + Candidates.unique() + "@voorbeeld.nl");
        Browser.click(browser, browser.findElement(By.name("consentGiven")));
        browser.executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("consentInformedAt")),
                LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        new Select(browser.findElement(By.id("consentInformedHow"))).selectByValue("in-person");
        new Select(browser.findElement(By.id("consentSource"))).selectByValue("own-network");
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=offer-submit]")));
        WebElement profile = waitFor(By.cssSelector("[data-testid=candidate]"));
        long id = Long.parseLong(profile.getDomAttribute("data-candidate-id"));
        assertTrue(waitFor(By.cssSelector("[data-testid=candidate-person]")).getText().contains("Ruben Kuipers"));
        checkPage("candidate-page-owner");

        open("/candidates");
        type("f-skill", skill);
        new Select(browser.findElement(By.id("f-region"))).selectByValue("noord-brabant");
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=candidate-filters] button")));
        // The board was open already: wait for the filtered one, not for the path it shares.
        waitUntil(() -> browser.getCurrentUrl().contains("skill=" + skill));
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-testid=candidate-card]"));
        assertEquals(1, cards.size());
        assertEquals(Long.toString(id), cards.get(0).getDomAttribute("data-candidate-id"));
        assertTrue(!browser.getPageSource().contains("Ruben Kuipers"), "the board shows no person");
        checkPage("candidate-board");

        forgetCookies();
        signIn(colleague);
        open("/candidates/" + id);
        type("interest-note", "Ik heb een detacheringsopdracht bij een machinebouwer in Helmond.");
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=interest-submit]")));
        // The form answers with the same page: wait for the one that says the interest was recorded.
        waitUntil(() -> browser.getCurrentUrl().endsWith("/candidates/" + id + "?interest=1"));
        checkPage("candidate-page-colleague");
        Api.as(owner).get("/api/candidates/" + id).then().statusCode(200)
                .body("interests.username", org.hamcrest.Matchers.contains(colleague.username()));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void checkPage(String name) throws java.io.IOException {
        Browser.screenshot(browser, name);
        List<String> findings = new ArrayList<>(Axe.violations(browser));
        Object checked = BrowserTest.runPageChecks(browser);
        assertTrue(checked instanceof List<?>, "the page checks ran: " + checked);
        ((List<?>) checked).forEach(finding -> findings.add(String.valueOf(finding)));
        findings.addAll(Browser.consoleErrors(browser));
        assertEquals(List.of(), findings, name);
    }
}
