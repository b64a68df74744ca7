package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In Chromium: a colleague reports a post from its card's menu, a moderator hides it from the queue with a reason,
 * and the post is gone for the colleague. axe-core finds nothing on the report form and the queue.
 */
@QuarkusTest
class ModerationBrowserTest extends BrowserPages {

    @Test
    void aColleagueReportsAPostAndAModeratorHidesIt() {
        Person author = People.employee();
        Person reader = People.employee();
        Person moderator = People.withRoles("moderator");
        long post = Posts.publish(author, "Die planner bij de klant kan er echt niets van");

        startSignedOut(DESKTOP);
        signIn(reader);
        open("/posts/" + post);
        WebElement card = waitFor(By.cssSelector("[data-post-id='" + post + "']"));
        Browser.click(browser, card.findElement(By.cssSelector("[data-testid=more] summary")));
        Browser.click(browser, card.findElement(By.cssSelector("[data-testid=report]")));
        waitFor(By.cssSelector("[data-testid=report-form]"));
        check("moderation-report-form");
        browser.findElement(By.id("reason")).sendKeys("Kleinerend over iemand bij de klant");
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=send-report]")));
        waitFor(By.cssSelector("[data-testid=reported]"));

        startSignedOut(DESKTOP);
        signIn(moderator);
        open("/moderation");
        WebElement item = waitFor(By.cssSelector("[data-testid=report][data-post-id='" + post + "']"));
        check("moderation-queue");
        assertTrue(item.getText().contains("Kleinerend over iemand bij de klant"));
        item.findElement(By.cssSelector("textarea[name=reason]")).sendKeys("Zo spreken we niet over mensen");
        Browser.click(browser, item.findElement(By.cssSelector("[data-testid=hide]")));
        waitForPath("/moderation");
        waitUntil(() -> browser.findElements(By.cssSelector("[data-testid=report][data-post-id='" + post + "']"))
                .isEmpty());

        Api.as(reader).get("/api/posts/" + post).then().statusCode(404);
        Api.as(author).get("/api/posts/" + post).then().statusCode(200);
    }

    private void check(String name) {
        Browser.screenshot(browser, name);
        assertEquals(List.of(), Axe.violations(browser), name);
        assertEquals(List.of(), Browser.consoleErrors(browser), name);
    }
}
