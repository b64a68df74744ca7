package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "alert me" buttons in Chromium, at 1280 and 390 px: on a client, a topic and a person page the button is
 * in view and works from the keyboard, leads to the new alert's page, and afterwards the page says the alert
 * exists; axe-core finds nothing on any of these pages. Screenshots land in target/screenshots.
 */
@QuarkusTest
class AlertMeBrowserTest extends BrowserPages {

    @BeforeEach
    void signedOut() {
        startSignedOut(DESKTOP);
    }

    @Test
    void alertMeOnAClientATopicAndAPersonAtDesktopWidth() {
        alertMeOnEachPage(DESKTOP, "desktop");
    }

    @Test
    void alertMeOnAClientATopicAndAPersonOnAPhone() {
        alertMeOnEachPage(PHONE, "phone");
    }

    private void alertMeOnEachPage(Dimension size, String label) {
        Person reader = People.employee();
        Person author = People.employee();
        String client = "Albert Heijn " + System.nanoTime();
        long clientId = ((Number) Api.as(People.recruiter()).body(Map.of("name", client, "aliases", List.of("AH"),
                "sectorCode", "retail")).post("/api/clients").then().statusCode(201).extract().path("id"))
                .longValue();
        String topic = "ict" + System.nanoTime() % 1_000_000;
        browser.manage().window().setSize(size);
        signIn(reader);

        open("/clients?q=" + client.replace(' ', '+'));
        pressAlertMe("[data-client-id='" + clientId + "'] [data-testid=alert-me] button", "alert-me-clients-" + label);
        assertEquals(client, onTheAlertPage("alert-me-client-alert-" + label));
        assertEquals("klant:\"" + client + "\"", browser.findElement(By.cssSelector(
                "[data-testid=alert-query-shown]")).getText());
        open("/clients?q=" + client.replace(' ', '+'));
        alreadyThere("[data-client-id='" + clientId + "'] [data-testid=alert-me-existing]",
                "alert-me-clients-existing-" + label);

        open("/all?client=" + clientId);
        alreadyThere("[data-testid=alert-me-existing]", "alert-me-client-stream-existing-" + label);

        open("/topics/" + topic);
        pressAlertMe("[data-testid=alert-me] button", "alert-me-topic-" + label);
        assertEquals("#" + topic, onTheAlertPage("alert-me-topic-alert-" + label));
        open("/topics/" + topic);
        alreadyThere("[data-testid=alert-me-existing]", "alert-me-topic-existing-" + label);

        open("/people/" + author.username());
        pressAlertMe("[data-testid=alert-me] button", "alert-me-person-" + label);
        assertEquals("Test " + author.username() + " (@" + author.username() + ")",
                onTheAlertPage("alert-me-person-alert-" + label));
        open("/people/" + author.username());
        alreadyThere("[data-testid=alert-me-existing]", "alert-me-person-existing-" + label);
        assertEquals(List.of(), Browser.consoleErrors(browser));
    }

    /** The button is in view, clean by axe-core, and pressed with the keyboard. */
    private void pressAlertMe(String selector, String screenshot) {
        WebElement button = waitFor(By.cssSelector(selector));
        assertInView(button);
        assertEquals(List.of(), Axe.violations(browser), screenshot);
        Browser.screenshot(browser, screenshot);
        button.sendKeys(Keys.ENTER);
    }

    /** The new alert's page, checked by axe-core; answers its heading. */
    private String onTheAlertPage(String screenshot) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches(".*/alerts/\\d+$"));
        WebElement heading = waitFor(By.tagName("h1"));
        assertEquals(List.of(), Axe.violations(browser), screenshot);
        Browser.screenshot(browser, screenshot);
        return heading.getText();
    }

    /** Where the button was, a link says the alert exists, and leads to it. */
    private void alreadyThere(String selector, String screenshot) {
        WebElement link = waitFor(By.cssSelector(selector));
        assertTrue(link.getText().startsWith("Je hebt al een melding"), link.getText());
        assertTrue(link.getDomAttribute("href").matches("/alerts/\\d+"), link.getDomAttribute("href"));
        assertInView(link);
        assertEquals(List.of(), Axe.violations(browser), screenshot);
        Browser.screenshot(browser, screenshot);
    }

    private void assertInView(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        Rectangle box = element.getRect();
        long width = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        assertTrue(element.isDisplayed() && box.getX() >= 0 && box.getX() + box.getWidth() <= width,
                "in view at " + width + " px: " + box.getX() + "+" + box.getWidth());
    }
}
