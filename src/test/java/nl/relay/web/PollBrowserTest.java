package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Voting in a poll in a real Chromium: the answers as radio buttons until one votes, then the results as bars with
 * one's own vote marked, changed with a second vote. Checked with axe-core and for console errors, and photographed.
 */
@QuarkusTest
class PollBrowserTest extends BrowserPages {

    @BeforeEach
    void signedOut() {
        startSignedOut(DESKTOP);
    }

    @Test
    void aReaderVotesAndSeesTheResultsAsBars() {
        Person author = People.employee();
        Person voter = People.employee();
        Person me = People.employee();
        long id = Posts.publish(author, "Welke dag past het beste voor de teamdag?", Map.of("kind", "poll", "poll",
                Map.of("options", List.of("Dinsdag", "Donderdag", "Vrijdag"),
                        "closesAt", Instant.now().plus(Duration.ofDays(3)).toString())));
        Api.as(voter).body(Map.of("option", 2)).put("/api/posts/" + id + "/vote").then().statusCode(200);
        signIn(me);
        open("/posts/" + id);
        WebElement card = waitFor(By.cssSelector("[data-testid=post][data-post-id='" + id + "']"));
        assertTrue(card.findElements(By.cssSelector("[data-testid=poll-results]")).isEmpty(), "no results yet");
        assertTrue(card.findElement(By.cssSelector("[data-testid=poll-closes]")).getText().startsWith("sluit op "),
                "the closing moment as a date, not rewritten to a relative time");
        checkPage("poll-open");

        List<WebElement> choices = card.findElements(By.cssSelector("[data-testid=poll-choice]"));
        assertEquals(3, choices.size());
        Browser.click(browser, choices.get(1));
        Browser.click(browser, card.findElement(By.cssSelector("[data-testid=vote]")));
        WebElement results = waitFor(By.cssSelector("[data-post-id='" + id + "'] [data-testid=poll-results]"));
        List<WebElement> rows = results.findElements(By.cssSelector("[data-testid=poll-result]"));
        assertEquals(List.of("0", "1", "1"), rows.stream()
                .map(row -> row.findElement(By.cssSelector("[data-testid=poll-votes]")).getDomAttribute("data-votes"))
                .toList());
        assertTrue(rows.get(1).getDomAttribute("class").contains("mine"), "my vote is marked");
        assertEquals("50", rows.get(1).findElement(By.tagName("progress")).getDomAttribute("value"));
        checkPage("poll-voted");

        WebElement again = waitFor(By.cssSelector("[data-post-id='" + id + "'] [data-testid=poll-choice][value='0']"));
        Browser.click(browser, again);
        Browser.click(browser, waitFor(By.cssSelector("[data-post-id='" + id + "'] [data-testid=vote]")));
        waitUntil(() -> browser
                .findElements(By.cssSelector("[data-post-id='" + id + "'] li.mine [data-testid=poll-votes]"))
                .stream().anyMatch(e -> "1".equals(e.getDomAttribute("data-votes"))
                        && e.findElement(By.xpath("..")).getText().contains("Dinsdag")));
        Api.as(me).get("/api/posts/" + id).then().statusCode(200)
                .body("poll.myVote", org.hamcrest.Matchers.equalTo(0));
    }

    private void checkPage(String name) {
        Browser.screenshot(browser, name);
        List<String> findings = new ArrayList<>(Axe.violations(browser));
        findings.addAll(Browser.consoleErrors(browser));
        assertEquals(List.of(), findings, name);
    }
}
