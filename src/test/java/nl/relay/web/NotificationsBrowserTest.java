package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Alerts;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The notifications page in Chromium, at 1280 and at 390 px: each notification once, in a sentence;
 * acknowledging and marking read in place, on the page and in the thread; opening an alert's matches lowers
 * the badge. Screenshots in target/screenshots; axe-core finds nothing; the console stays clean.
 */
@QuarkusTest
class NotificationsBrowserTest extends BrowserPages {

    private static final Map<String, Dimension> SIZES = Map.of("desktop", DESKTOP, "phone", PHONE);

    @Inject
    OutboxWorker outbox;

    @Test
    void aMentionAndAnAlertReadAsSentencesAndAreAcknowledgedAndReadInPlace() {
        for (Map.Entry<String, Dimension> size : List.copyOf(SIZES.entrySet())) {
            Person me = People.employee();
            Person sanne = People.employee();
            String word = "Koers" + System.nanoTime();
            Alerts.create(me, word, Map.of("name", "Albert Heijn"));
            long mention = Posts.publish(sanne, "Nieuwe intake vanaf maandag, @" + me.username() + " lees dit.");
            long match = Posts.publish(sanne, "Albert Heijn zoekt " + word + " vakkenvullers.");
            outbox.drain();
            Wait.until(() -> !Alerts.notices(me, match).isEmpty());
            signIn(me, size.getValue());
            open("/notifications");
            waitFor(By.cssSelector("[data-testid=must-read-item]"));
            assertEquals("2", badge().getText());
            assertEquals(List.of("Test " + sanne.username() + " noemde je in een bericht dat je moet lezen"),
                    texts("[data-testid=must-read] [data-testid=notice-sentence]"));
            assertEquals(List.of("Je alert ‘Albert Heijn’ vond een bericht van Test " + sanne.username()),
                    texts("[data-testid=notification-list] [data-testid=notice-sentence]"));
            assertEquals(1, browser.findElements(By.cssSelector("a[href='/posts/" + mention + "']")).size(),
                    "the must-read post once");
            Browser.screenshot(browser, "notifications-" + size.getKey());
            assertClean();

            // With the keyboard: Enter on the button acknowledges without leaving the page.
            WebElement ack = browser.findElement(By.cssSelector("[data-testid=must-read] form button"));
            ack.sendKeys(Keys.ENTER);
            waitForText("[data-testid=must-read-item] .done", "Bevestigd");
            assertEquals("Bevestigd", browser.switchTo().activeElement().getText(), "the focus stays there");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=unread-count]"), "1"));
            waitForText("[data-testid=notice-status]", "Bevestigd");
            assertTrue(browser.getCurrentUrl().endsWith("/notifications"));

            Browser.click(browser, browser
                    .findElement(By.cssSelector("[data-testid=notification-list] [data-testid=read-form] button")));
            waitForText("[data-testid=notification-list] .done", "Gelezen");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "0".equals(
                    badge().getDomProperty("textContent")) && badge().getDomAttribute("class").contains("zero"));
            assertFalse(badge().isDisplayed(), "no 0 badge");
            assertTrue(browser.findElements(By.cssSelector("[data-testid=notification-list] .unread")).isEmpty());
            Browser.screenshot(browser, "notifications-done-" + size.getKey());
            assertClean();
        }
    }

    @Test
    void acknowledgingInTheThreadStaysInTheThread() {
        for (Map.Entry<String, Dimension> size : List.copyOf(SIZES.entrySet())) {
            Person me = People.employee();
            Person author = People.employee();
            long post = Posts.publish(author, "Het nieuwe rooster staat online, @" + me.username() + " bevestig even.");
            outbox.drain();
            signIn(me, size.getValue());
            open("/posts/" + post);
            WebElement button = waitFor(By.cssSelector("[data-testid=ack-form] button"));
            assertClean();
            Browser.click(browser, button);
            waitForText("[data-testid=ack-form] .done, .done", "Bevestigd");
            assertTrue(browser.getCurrentUrl().endsWith("/posts/" + post), browser.getCurrentUrl());
            Browser.screenshot(browser, "thread-acknowledged-" + size.getKey());
            assertClean();
            // The acknowledgement was kept: the thread no longer asks for it.
            browser.navigate().refresh();
            waitFor(By.cssSelector("[data-testid=nav]"));
            assertTrue(browser.findElements(By.cssSelector("[data-testid=ack-form]")).isEmpty());
        }
    }

    @Test
    void openingAnAlertsMatchesMarksThemReadAndTheBadgeDrops() {
        for (Map.Entry<String, Dimension> size : List.copyOf(SIZES.entrySet())) {
            Person me = People.employee();
            Person author = People.employee();
            String word = "Treffer" + System.nanoTime();
            long alert = Alerts.create(me, word, Map.of("name", "Jumbo"));
            long match = Posts.publish(author, "Jumbo opent " + word + " in Utrecht.");
            outbox.drain();
            Wait.until(() -> !Alerts.notices(me, match).isEmpty());
            signIn(me, size.getValue());
            open("/notifications");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=unread-count]"), "1"));
            Browser.click(browser, browser.findElement(By.cssSelector("a[href='/alerts/" + alert + "']")));
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver -> driver.getCurrentUrl().endsWith("/alerts/" + alert));
            assertEquals("0", badge().getDomProperty("textContent").strip());
            assertTrue(badge().getDomAttribute("class").contains("zero"));
            Browser.screenshot(browser, "alert-opened-" + size.getKey());
            assertClean();
            open("/notifications");
            waitFor(By.cssSelector("[data-testid=notification-list]"));
            assertTrue(browser.findElements(By.cssSelector("[data-testid=notification-list] .unread")).isEmpty());
        }
    }

    private void signIn(Person person, Dimension size) {
        startSignedOut(size);
        submitSignIn(person);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=nav]")));
    }

    private WebElement badge() {
        return browser.findElement(By.cssSelector("[data-testid=unread-count]"));
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }

    private void assertClean() {
        assertEquals(List.of(), Axe.violations(browser));
        assertEquals(List.of(), Browser.consoleErrors(browser));
    }

    private void waitForText(String css, String text) {
        patiently().until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> text.equals(e.getDomProperty("textContent").strip())));
    }
}
