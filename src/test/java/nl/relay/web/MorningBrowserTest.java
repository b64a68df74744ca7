package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The issue's "done when": a recruiter's morning, with the keyboard alone (Tab to a control, Enter or
 * Space to use it), on a laptop (1280 px) and on a phone (390 px): read what is new, like a colleague's
 * post, correct a typo in their own must-read post, acknowledge what they must read, follow a thread and
 * set an alert on a client in Dutch. axe-core checks every page on the way. The laptop run also leaves the
 * README's screenshots (home, thread, notifications, in Dutch) in target/screenshots/readme-*.png.
 */
@QuarkusTest
class MorningBrowserTest extends BrowserPages {

    @Inject
    OutboxWorker outbox;

    @Test
    void aMorningsWorkOnALaptopWithTheKeyboardAlone() {
        morning(DESKTOP, "1280");
    }

    @Test
    void aMorningsWorkOnAPhone() {
        morning(PHONE, "390");
    }

    private void morning(Dimension size, String label) {
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        Person me = People.named("Fatima el Amrani", "recruiter");
        Person sanne = People.named("Sanne de Vries", "recruiter");
        Person pieter = People.named("Pieter Jansen");
        String client = "Albert Heijn " + suffix;
        long clientId = ((Number) Api.as(sanne).body(Map.of("name", client, "aliases", List.of("AH " + suffix),
                "sectorCode", "retail")).post("/api/clients").then().statusCode(201).extract().path("id")).longValue();
        Api.as(me).put("/api/me/follows/accounts/" + sanne.username()).then().statusCode(204);
        long typo = Posts.publish(me, "Nieuwe intakeprocedure vanaf maandag: elke kandidaat krijgt een "
                + "screeningsgesprek binnen twee werkdgen. @" + pieter.username() + " lees je dit even?");
        long vacancy = Posts.publish(sanne, client + " zoekt drie teamleiders voor de distributiecentra in Zaandam "
                + "en Tilburg. Wie heeft er kandidaten? #logistiek", Map.of("kind", "vacancy", "clientId", clientId));
        Posts.reply(pieter, vacancy, "Ik heb een teamleider uit Breda die per maart kan beginnen.");
        long mustRead = Posts.publish(sanne, "@" + me.username() + " de nieuwe tarieven voor "
                + client + " gaan per 1 januari in; lees je het even voor het klantoverleg?");
        outbox.drain();
        forgetCookies();
        browser.manage().window().setSize(size);
        signIn(me);
        List<String> findings = new ArrayList<>();

        // Read what's new: the home feed shows the colleague's vacancy; like it.
        WebElement vacancyCard = card(vacancy);
        check("home", label, findings);
        Number firstPostTop = (Number) browser.executeScript(
                "return document.querySelector('[data-testid=post]').getBoundingClientRect().top;");
        Number visible = (Number) browser.executeScript("return window.innerHeight;");
        // On a phone the composer folds to one line, so the newest post starts in the screen's upper half.
        double limit = label.equals("390") ? visible.doubleValue() / 2 : visible.doubleValue() * 0.7;
        assertTrue(firstPostTop.doubleValue() < limit, "the newest post shows without scrolling: " + firstPostTop);
        press(vacancyCard.findElement(By.cssSelector("[data-testid=like]")), Keys.ENTER);
        waitUntil(() -> "true".equals(card(vacancy).findElement(By.cssSelector("[data-testid=like]"))
                .getDomAttribute("aria-pressed")));

        // Correct a typo in my own post: the ⋯ menu, Edit, fix the word, Ctrl+Enter.
        WebElement mine = card(typo);
        press(mine.findElement(By.cssSelector("details.more summary")), Keys.ENTER);
        press(card(typo).findElement(By.cssSelector("[data-testid=edit]")), Keys.ENTER);
        WebElement box = waitFor(By.cssSelector("[data-post-id='" + typo + "'] [data-testid=edit-in-place] textarea"));
        String fixed = box.getDomProperty("value").replace("werkdgen", "werkdagen");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), fixed, Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitUntil(() -> card(typo).findElement(By.cssSelector(".body")).getText().contains("twee werkdagen"));
        waitFor(By.cssSelector("[data-post-id='" + typo + "'] [data-testid=edited]"));
        assertEquals(fixed, Api.as(me).get("/api/posts/" + typo).then().extract().path("body"));

        // Acknowledge what I must read, from the notifications page; I stay there.
        open("/notifications");
        check("notifications", label, findings);
        WebElement ack = waitFor(By.cssSelector("[data-testid=must-read] form[action='/notifications/ack/" + mustRead
                + "'] button"));
        press(ack, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.cssSelector("[data-testid=must-read] .done"), "Bevestigd"));
        assertTrue(browser.getCurrentUrl().endsWith("/notifications"), browser.getCurrentUrl());
        Api.as(sanne).get("/api/posts/" + mustRead + "/receipts").then().statusCode(200);

        // Follow the vacancy's thread.
        open("/posts/" + vacancy);
        waitFor(By.cssSelector("h1[data-testid=thread-title]"));
        check("thread", label, findings);
        WebElement rootCard = card(vacancy);
        press(rootCard.findElement(By.cssSelector("details.more summary")), Keys.ENTER);
        press(card(vacancy).findElement(By.cssSelector("[data-testid=follow]")), Keys.ENTER);
        waitUntil(() -> "true".equals(card(vacancy).findElement(By.cssSelector("[data-testid=follow]"))
                .getDomAttribute("aria-pressed")));

        // An alert on the client, in Dutch, from the client list.
        open("/clients?q=" + client.replace(' ', '+'));
        check("clients", label, findings);
        press(waitFor(By.cssSelector("[data-client-id='" + clientId + "'] [data-testid=alert-me] button")), Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/alerts/\\d+$"));
        assertEquals("klant:\"" + client + "\"",
                waitFor(By.cssSelector("[data-testid=alert-query-shown]")).getText());
        check("alert", label, findings);

        assertEquals(List.of(), findings);
        assertEquals(List.of(), Browser.consoleErrors(browser));
        if (label.equals("1280")) {
            // Later that morning colleagues answer, and the new client alert finds a post.
            Posts.reply(pieter, typo, "Helder, ik plan de screenings vanaf maandag in.");
            Posts.reply(sanne, typo, "Top, dan weten de kandidaten waar ze aan toe zijn.");
            Posts.publish(pieter, client + " opent in april een nieuw distributiecentrum in Nieuwegein.",
                    Map.of("kind", "signal", "clientId", clientId, "signalType", "growth"));
            outbox.drain();
            readmeScreenshots(vacancy);
        }
    }

    /** The README's pictures: home, a thread and the notifications, as this morning left them. */
    private void readmeScreenshots(long thread) {
        open("/");
        waitFor(By.cssSelector("[data-testid=post]"));
        Browser.screenshot(browser, "readme-home");
        open("/posts/" + thread);
        waitFor(By.cssSelector("h1[data-testid=thread-title]"));
        Browser.screenshot(browser, "readme-thread");
        open("/notifications");
        waitFor(By.tagName("h1"));
        Browser.screenshot(browser, "readme-notifications");
    }

    /**
     * Tabs from where the focus is to the control (at most 300 presses, so a control the keyboard cannot
     * reach fails the test), then presses the key on it.
     */
    private void press(WebElement control, Keys key) {
        for (int i = 0; i < 300; i++) {
            WebElement focused = browser.switchTo().activeElement();
            if (focused.equals(control)) {
                focused.sendKeys(key);
                return;
            }
            // The keyboard's Tab, not typing into the focused field: typed into a file field it would name a file.
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + control.getTagName() + " " + control.getText());
    }

    private void check(String page, String label, List<String> findings) {
        Browser.screenshot(browser, "morning-" + page + "-" + label);
        Axe.violations(browser).forEach(v -> findings.add(page + " at " + label + ": " + v));
    }

    private WebElement card(long post) {
        return waitFor(By.cssSelector("[data-testid=post][data-post-id='" + post + "']"));
    }

    /** Signs in with the keyboard: Enter in the password field sends the form. */
    @Override
    protected void signIn(Person person) {
        open("/login");
        browser.findElement(By.name("username")).sendKeys(person.username());
        browser.findElement(By.name("password")).sendKeys(person.password(), Keys.ENTER);
        waitFor(By.cssSelector("[data-testid=nav]"));
    }
}
