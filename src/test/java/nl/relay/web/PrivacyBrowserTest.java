package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * The privacy officer in a real browser: the privacy page through the menu, an access request through its form, the
 * report, and an erasure confirmed and reported; every screen passes axe-core at 1280 and at 390 px.
 */
@QuarkusTest
class PrivacyBrowserTest extends BrowserPages {

    @Test
    void theOfficerAnswersAnAccessRequestAndAnErasureInTheBrowser() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        String email = Api.as(owner).get("/api/candidates/" + candidate).then().extract().path("person.email");
        String name = Api.as(owner).get("/api/candidates/" + candidate).then().extract().path("person.name");
        Person officer = People.withRoles("employee", "privacy");
        List<String> findings = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            startSignedOut(size);
            signIn(officer);
            open("/privacy");
            waitFor(By.cssSelector("[data-testid=access-form]"));
            check("privacy", size, findings);
            browser.findElement(By.id("access-email")).sendKeys(email, Keys.ENTER);
            String report = waitFor(By.cssSelector("[data-testid=access-report]")).getText();
            assertTrue(report.contains(name), report);
            check("privacy-access", size, findings);
        }
        open("/privacy");
        browser.findElement(By.id("erase-candidate")).sendKeys(Long.toString(candidate));
        browser.findElement(By.name("confirm")).click();
        browser.findElement(By.cssSelector("[data-testid=erasure-form] button")).click();
        String erased = waitFor(By.cssSelector("[data-testid=erasure-report]")).getText();
        assertTrue(erased.contains("candidate_person"), erased);
        check("privacy-erasure", DESKTOP, findings);
        assertEquals(List.of(), findings);
    }

    private void check(String page, Dimension size, List<String> findings) {
        String name = "privacy-" + page + "-" + size.width;
        Browser.screenshot(browser, name);
        Axe.violations(browser).forEach(v -> findings.add(name + ": " + v));
        Browser.consoleErrors(browser).forEach(e -> findings.add(name + ": console " + e));
    }
}
