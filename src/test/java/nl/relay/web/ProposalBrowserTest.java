package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium: a recruiter posts a vacancy through the form and proposes a candidate; a second recruiter tries to
 * propose the same candidate to the same client and reads who did so and when. The form and the page pass axe.
 */
@QuarkusTest
class ProposalBrowserTest extends BrowserPages {

    @Test
    void aSecondRecruiterIsRefusedTheSameCandidateAtTheSameClient() {
        Person pieter = People.named("Pieter Jansen", "recruiter");
        Person anouk = People.named("Anouk de Vries", "recruiter");
        long candidate = Candidates.offer(anouk, Map.of());
        Candidates.grant(anouk, candidate, pieter);
        long client = Vacancies.client(pieter, "Albert Heijn");
        String clientName = Api.as(pieter).get("/api/clients/" + client).then().extract().path("name");
        long other = Vacancies.post(anouk, client, Map.of("title", "Data-engineer distributiecentrum"));

        startSignedOut(DESKTOP);
        signIn(pieter);
        open("/vacancies/new");
        waitFor(By.cssSelector("[data-testid=vacancy-form]"));
        assertEquals(java.util.List.of(), Axe.violations(browser), "axe on the vacancy form");
        browser.findElement(By.id("client")).sendKeys(clientName);
        browser.findElement(By.id("title")).sendKeys("Java-ontwikkelaar kassasystemen");
        browser.findElement(By.id("description")).sendKeys("Je werkt aan de kassasoftware van 1.100 winkels.");
        browser.findElement(By.id("skills")).sendKeys("java, kafka");
        new Select(browser.findElement(By.id("region"))).selectByValue("noord-holland");
        WebElement hours = browser.findElement(By.id("hoursPerWeek"));
        hours.clear();
        hours.sendKeys("36");
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=vacancy-form] button[type=submit]")));
        waitFor(By.cssSelector("[data-testid=vacancy]"));
        assertTrue(browser.getCurrentUrl().matches(".*/vacancies/\\d+$"), browser.getCurrentUrl());
        assertEquals(java.util.List.of(), Axe.violations(browser), "axe on the vacancy page");

        new Select(browser.findElement(By.id("candidateId"))).selectByValue(Long.toString(candidate));
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=propose-form] button[type=submit]")));
        waitFor(By.cssSelector("[data-testid=proposed]"));

        forgetCookies();
        signIn(anouk);
        open("/vacancies/" + other);
        new Select(waitFor(By.id("candidateId"))).selectByValue(Long.toString(candidate));
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=propose-form] button[type=submit]")));
        String refusal = waitFor(By.cssSelector("[data-testid=propose-refused]")).getText();
        assertTrue(refusal.matches("Pieter Jansen stelde deze kandidaat op \\d{1,2} \\w+ \\d{4} al voor aan "
                + java.util.regex.Pattern.quote(clientName) + "\\."), refusal);
        assertEquals(java.util.List.of(), Axe.violations(browser), "axe on the refusal");
        Browser.screenshot(browser, "proposal-refused");
    }
}
