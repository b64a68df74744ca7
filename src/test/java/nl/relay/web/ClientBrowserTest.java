package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium: an employee reports a signal from the client page's link, finds it on the client's timeline with
 * its type, and watches the client; an admin finds the merge and archive forms. axe-core checks the client page.
 */
@QuarkusTest
class ClientBrowserTest extends BrowserPages {

    @Test
    void anEmployeeReportsASignalFromTheClientPageAndWatchesTheClient() {
        startSignedOut(DESKTOP);
        Person employee = People.employee();
        String name = "Gemeente Rotterdam " + System.nanoTime();
        long client = ((Number) Api.as(People.recruiter()).body(Map.of("name", name, "aliases", List.of(),
                "sectorCode", "government")).post("/api/clients").then().statusCode(201).extract().path("id"))
                .longValue();
        signIn(employee);

        open("/clients/" + client);
        assertEquals(name, waitFor(By.cssSelector("[data-testid=client-name]")).getText());
        assertEquals(List.of(), Axe.violations(browser), "the empty client page");
        waitFor(By.cssSelector("[data-testid=report-signal]")).click();

        WebElement composer = waitFor(By.cssSelector("[data-testid=composer]"));
        assertEquals("signal", new Select(composer.findElement(By.name("kind"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        assertEquals(name, composer.findElement(By.name("client")).getDomProperty("value"));
        composer.findElement(By.name("body")).sendKeys("De afdeling Stadsontwikkeling wordt per 1 april "
                + "opgesplitst; de teamleiders solliciteren opnieuw.");
        WebElement type = composer.findElement(By.name("signalType"));
        assertTrue(type.isDisplayed(), "the signal type shows for a signal");
        new Select(type).selectByValue("reorganisation");
        composer.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(() -> !browser.getCurrentUrl().contains("kind=signal"));

        open("/clients/" + client);
        WebElement item = waitFor(By.cssSelector("[data-testid=timeline-item][data-type=signal]"));
        assertTrue(item.getText().contains("Signaal · Reorganisatie"), item.getText());
        assertTrue(item.getText().contains("Stadsontwikkeling"), item.getText());

        new Select(browser.findElement(By.id("frequency"))).selectByValue("daily");
        browser.findElement(By.cssSelector("[data-testid=watch-button]")).click();
        waitFor(By.cssSelector("[data-testid=unwatch-button]"));
        assertEquals("1 volger", browser.findElement(By.cssSelector("[data-testid=watcher-count]")).getText());
        assertEquals(List.of(), Axe.violations(browser), "the client page with its timeline, watched");
        Browser.screenshot(browser, "client-page");
        assertEquals(List.of(), Browser.consoleErrors(browser));

        open("/");
        WebElement kind = waitFor(By.cssSelector("[data-testid=composer] [name=kind]"));
        browser.findElement(By.name("body")).click();
        assertTrue(!browser.findElement(By.name("signalType")).isDisplayed(), "no signal type for a note");
        new Select(kind).selectByValue("signal");
        assertTrue(browser.findElement(By.name("signalType")).isDisplayed());

        // An admin sees the merge and archive forms, which axe-core checks too.
        startSignedOut();
        signIn(People.admin());
        open("/clients/" + client);
        waitFor(By.cssSelector("[data-testid=merge-form]"));
        assertEquals(List.of(), Axe.violations(browser), "the client page as an admin sees it");
    }
}
