package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * axe-core's WCAG 2.1 A/AA rules on the pages the other browser tests do not pass through: signing in (and
 * a refused sign-in), the plain-form pages behind a post's actions (edit, with a refusal; history; remove),
 * and a page that is not there, at 1280 and at 390 px.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserPages {

    @Test
    void thePagesBehindTheFormsPassAxeCore() {
        Person author = People.employee();
        long post = Posts.publish(author, "Vacature in Utrecht: recruiter gezocht voor de zorg, 32 uur.");
        List<String> findings = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(size);
            forgetCookies();
            open("/login");
            check("login", size, findings);
            browser.findElement(By.name("username")).sendKeys(author.username());
            submitted(() -> browser.findElement(By.name("password")).sendKeys("not the password", Keys.ENTER));
            check("login-refused", size, findings);
            browser.findElement(By.name("username")).clear();
            browser.findElement(By.name("username")).sendKeys(author.username());
            submitted(() -> browser.findElement(By.name("password")).sendKeys(author.password(), Keys.ENTER));
            open("/posts/" + post + "/edit");
            check("edit", size, findings);
            browser.findElement(By.name("body")).clear();
            browser.findElement(By.name("body")).sendKeys(" ");
            submitted(() -> browser.findElement(By.cssSelector("[data-testid=edit-form]")).submit());
            check("edit-refused", size, findings);
            open("/posts/" + post + "/history");
            check("history", size, findings);
            open("/posts/" + post + "/remove");
            check("remove", size, findings);
            open("/posts/99999999999");
            check("not-found", size, findings);
        }
        assertEquals(List.of(), findings);
    }

    private void check(String page, Dimension size, List<String> findings) {
        String name = "a11y-" + page + "-" + size.width;
        Browser.screenshot(browser, name);
        Axe.violations(browser).forEach(v -> findings.add(name + ": " + v));
        Browser.consoleErrors(browser).stream().filter(e -> !e.contains("status of 4"))
                .forEach(e -> findings.add(name + ": console " + e));
    }

    /** Does what submits a form, and waits for the page that answers it. */
    private void submitted(Runnable submit) {
        org.openqa.selenium.WebElement before = browser.findElement(By.tagName("html"));
        submit.run();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
    }
}
