package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A question from asking to its accepted answer in a real Chromium, at 1280 and 390 px: the asker asks in the
 * composer, a colleague replies on the thread page, the asker accepts the reply, which then comes first and is
 * marked, and the question says it is answered. Every state is checked with axe-core and for console errors.
 */
@QuarkusTest
class QuestionBrowserTest extends BrowserPages {

    @BeforeEach
    void signedOut() {
        startSignedOut(DESKTOP);
    }

    @Test
    void askReplyAndAcceptTheAnswer() {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String at = size.getWidth() + "";
            browser.manage().window().setSize(size);
            Person asker = People.employee();
            Person helper = People.employee();
            Person early = People.employee();

            // The asker asks.
            signInAfresh(asker);
            open("/");
            WebElement body = waitFor(By.id("body"));
            String text = "Wie weet een goede vestiging voor de heftruckcursus in " + at + "?";
            body.sendKeys(text);
            new Select(browser.findElement(By.id("kind"))).selectByValue("question");
            submitWith(browser.findElement(By.cssSelector("[data-testid=composer] button[type=submit]")));
            WebElement asked = waitFor(By.xpath("//article[@data-testid='post'][.//p[contains(., '" + text
                    + "')]]"));
            long question = Long.parseLong(asked.getDomAttribute("data-post-id"));
            long first = ((Number) Api.as(early).body(java.util.Map.of("body", "Geen idee, sorry.", "inReplyTo",
                    question)).post("/api/posts").then().statusCode(201).extract().path("id")).longValue();

            // A colleague replies on the thread page.
            signInAfresh(helper);
            open("/posts/" + question);
            WebElement reply = waitFor(By.cssSelector("[data-testid=reply-form] textarea"));
            reply.sendKeys("Het opleidingscentrum in Veenendaal, daar ging ik ook heen.");
            submitWith(browser.findElement(By.cssSelector("[data-testid=reply-form] button[type=submit]")));
            WebElement answerCard = waitFor(By.xpath("//article[@data-testid='post'][.//p[contains(., "
                    + "'opleidingscentrum in Veenendaal')]]"));
            long answer = Long.parseLong(answerCard.getDomAttribute("data-post-id"));
            assertTrue(browser.findElements(By.cssSelector("[data-testid=accept]")).isEmpty(),
                    "only the asker accepts");

            // The asker accepts it: it comes first and is marked, the question is answered.
            signInAfresh(asker);
            open("/posts/" + question);
            assertEquals("Open vraag", waitFor(By.cssSelector("[data-post-id='" + question
                    + "'] [data-testid=question-state]")).getText());
            checkPage("question-open-" + at);
            Browser.click(browser, waitFor(By.cssSelector("[data-entry-id='" + answer + "'] [data-testid=accept]")));
            waitFor(By.cssSelector("[data-entry-id='" + answer + "'] [data-testid=accepted-answer]"));
            List<Long> order = browser.findElements(By.cssSelector("[data-testid=entry]")).stream()
                    .map(e -> Long.parseLong(e.getDomAttribute("data-entry-id"))).toList();
            assertEquals(List.of(answer, first), order);
            assertEquals("Beantwoord", browser.findElement(By.cssSelector("[data-post-id='" + question
                    + "'] [data-testid=question-state]")).getText());
            assertTrue(browser.findElements(By.cssSelector("[data-entry-id='" + answer + "'] [data-testid=unaccept]"))
                    .size() == 1, "the asker can take it back");
            checkPage("question-answered-" + at);
            Api.as(helper).get("/api/posts/" + question).then().statusCode(200)
                    .body("acceptedAnswerId", org.hamcrest.Matchers.equalTo((int) answer));
        }
    }

    /** Signs in with no cookies of an earlier session. */
    private void signInAfresh(Person person) {
        startSignedOut();
        signIn(person);
    }

    private void checkPage(String name) {
        Browser.screenshot(browser, name);
        List<String> findings = new ArrayList<>(Axe.violations(browser));
        findings.addAll(Browser.consoleErrors(browser));
        assertEquals(List.of(), findings, name);
    }
}
