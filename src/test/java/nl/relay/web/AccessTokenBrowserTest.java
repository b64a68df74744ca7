package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Access tokens on the settings page in a browser, on a laptop and a phone: making one shows it once, the list
 * shows it after, and both pages pass the page checks and axe-core.
 */
@QuarkusTest
class AccessTokenBrowserTest extends BrowserPages {

    @Test
    void aTokenMadeInSettingsIsShownOnceThenListed() throws IOException {
        Person admin = People.admin();
        List<String> findings = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            startSignedOut(size);
            signIn(admin);
            open("/settings");
            String name = "Weekrapport " + size.width;
            browser.findElement(By.id("tokenName")).sendKeys(name);
            Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=token-form] input[value=write]")));
            Browser.click(browser,
                    browser.findElement(By.cssSelector("[data-testid=token-form] button[type=submit]")));
            String token = waitFor(By.cssSelector("[data-testid=new-token-value]")).getText();
            assertTrue(token.startsWith("relay_pat_"), token);
            check("tokens-made-" + size.width, findings);
            Api.as(token).get("/api/me").then().statusCode(200);

            open("/settings");
            waitFor(By.cssSelector("[data-testid=token-list]"));
            assertTrue(browser.findElements(By.cssSelector("[data-testid=new-token]")).isEmpty(), "shown once");
            assertTrue(browser.getPageSource().contains(name) && !browser.getPageSource().contains(token));
            check("tokens-listed-" + size.width, findings);
        }
        assertEquals(List.of(), findings);
    }

    private void check(String name, List<String> findings) throws IOException {
        Browser.screenshot(browser, name);
        Object found = BrowserTest.runPageChecks(browser);
        assertTrue(found instanceof List<?>, "the page checks ran and answered a list: " + found);
        ((List<?>) found).forEach(finding -> findings.add(name + ": " + finding));
        Axe.violations(browser).forEach(violation -> findings.add(name + ": axe " + violation));
        Browser.consoleErrors(browser).forEach(error -> findings.add(name + ": console " + error));
    }
}
