package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Acting on posts where you read them, in a real Chromium at 1280 and 390 px: like and unlike, edit in
 * place with the "edited" marker and the history, remove, follow and mute, copy the link, all without a
 * reload; a reply to a reply lands indented under it; the thread has an h1 and a way back. A one-line
 * card is compact. Every state is checked with axe-core and for console errors, and photographed.
 */
@QuarkusTest
class PostActionsBrowserTest extends BrowserPages {

    @BeforeEach
    void signedOut() {
        startSignedOut(DESKTOP);
    }

    @Test
    void likeEditRemoveFollowMuteAndCopyWithoutAReload() {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String at = size.getWidth() + "";
            browser.manage().window().setSize(size);
            forgetCookies();
            Person me = People.employee();
            long post = Posts.publish(me, "Kandidaat voor de vacature in Breda " + at);
            signIn(me);
            open("/all");
            WebElement card = card(post);
            if (size == DESKTOP) {
                long height = card.getRect().getHeight();
                assertTrue(height <= 100, "a one-line card is at most 100 px high at 1280 px, not " + height);
            }
            assertNoHorizontalScroll();
            assertTrue(card.findElements(By.cssSelector(".badge")).isEmpty(), "no badge on a note");
            assertEquals("", card.findElement(By.cssSelector("[data-testid=like-count]")).getText());
            browser.executeScript("window.relayNoReload = true;");
            checkPage("post-actions-card-" + at);

            // Like, then unlike: the count and the pressed state change in place.
            WebElement like = card.findElement(By.cssSelector("[data-testid=like]"));
            Browser.click(browser, like);
            waitUntil(() -> "true".equals(like.getDomAttribute("aria-pressed")));
            WebElement count = card.findElement(By.cssSelector("[data-testid=like-count]"));
            waitUntil(() -> count.getText().contains("1"));
            assertEquals("1 keer leuk gevonden",
                    count.findElement(By.cssSelector(".visually-hidden")).getDomProperty("textContent"));
            Browser.screenshot(browser, "post-actions-liked-" + at);
            Browser.click(browser, like);
            waitUntil(() -> "false".equals(like.getDomAttribute("aria-pressed")));
            waitUntil(() -> count.getText().isEmpty());

            // Edit in place: Ctrl+Enter saves, the "edited" marker opens the history.
            openMenu(card);
            checkPage("post-actions-menu-" + at);
            Browser.click(browser, card.findElement(By.cssSelector("[data-testid=edit]")));
            WebElement field = waitFor(
                    By.cssSelector("[data-post-id='" + post + "'] [data-testid=edit-in-place] textarea"));
            assertEquals(field, browser.switchTo().activeElement(), "the text field has the focus");
            checkPage("post-actions-editing-" + at);
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            WebElement error = card.findElement(By.cssSelector("[data-testid=edit-in-place] .error"));
            waitUntil(() -> error.getText().equals("Schrijf eerst iets."));
            checkPage("post-actions-edit-error-" + at);
            field.sendKeys("Kandidaat voor de vacature in Tilburg " + at);
            field.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            waitUntil(() -> card.findElements(By.cssSelector("[data-testid=edit-in-place]")).isEmpty());
            assertEquals("Kandidaat voor de vacature in Tilburg " + at, card.findElement(By.cssSelector(".body"))
                    .getText());
            WebElement edited = card.findElement(By.cssSelector("[data-testid=edited]"));
            assertEquals("bewerkt", edited.getText());
            Browser.click(browser, edited);
            WebElement history = waitFor(By.cssSelector("[data-post-id='" + post + "'] [data-testid=history]"));
            List<WebElement> versions = history.findElements(By.tagName("li"));
            assertEquals(2, versions.size());
            assertTrue(versions.get(0).getText().contains("Breda"), versions.get(0).getText());
            assertTrue(versions.get(1).getText().contains("Tilburg"), versions.get(1).getText());
            checkPage("post-actions-history-" + at);

            // Escape leaves an edit without saving.
            openMenu(card);
            Browser.click(browser, card.findElement(By.cssSelector("[data-testid=edit]")));
            WebElement again = waitFor(
                    By.cssSelector("[data-post-id='" + post + "'] [data-testid=edit-in-place] textarea"));
            again.sendKeys(" en nog wat");
            again.sendKeys(Keys.ESCAPE);
            waitUntil(() -> card.findElements(By.cssSelector("[data-testid=edit-in-place]")).isEmpty());
            assertEquals("Kandidaat voor de vacature in Tilburg " + at, card.findElement(By.cssSelector(".body"))
                    .getText());

            // Follow, then mute the thread.
            openMenu(card);
            WebElement follow = card.findElement(By.cssSelector("[data-testid=follow]"));
            WebElement mute = card.findElement(By.cssSelector("[data-testid=mute]"));
            Browser.click(browser, follow);
            waitUntil(() -> "true".equals(follow.getDomAttribute("aria-pressed")));
            assertEquals("false", mute.getDomAttribute("aria-pressed"));
            Browser.click(browser, mute);
            waitUntil(() -> "true".equals(mute.getDomAttribute("aria-pressed")));
            assertEquals("false", follow.getDomAttribute("aria-pressed"));
            checkPage("post-actions-muted-" + at);

            // Copy the link: the absolute address of the post.
            String address = root.toString().replaceAll("/$", "") + "/posts/" + post;
            grantClipboard();
            WebElement copy = card.findElement(By.cssSelector("[data-testid=copy-link]"));
            Browser.click(browser, copy);
            WebElement status = waitFor(By.cssSelector("[data-post-id='" + post + "'] .act-status"));
            assertEquals(address, copy.getDomAttribute("data-url"));
            Object copied = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.readText().then(done, function (e) { done('refused: ' + e); });");
            if (String.valueOf(copied).startsWith("refused")) {
                assertEquals(address, status.getText(), "without the clipboard the address is shown");
            } else {
                assertEquals(address, copied);
                assertEquals("Link gekopieerd", status.getText());
            }

            // Remove after a confirmation in the card.
            openMenu(card);
            Browser.click(browser, card.findElement(By.cssSelector("[data-testid=remove]")));
            WebElement confirm = waitFor(By.cssSelector("[data-post-id='" + post + "'] [data-testid=confirm-remove]"));
            assertEquals(confirm, browser.switchTo().activeElement());
            checkPage("post-actions-confirm-remove-" + at);
            Browser.click(browser, confirm);
            waitUntil(() -> card.getText().equals("Bericht verwijderd"));
            assertEquals(Boolean.TRUE, browser.executeScript("return window.relayNoReload === true;"),
                    "no page reload");
            checkPage("post-actions-removed-" + at);
            org.hamcrest.MatcherAssert.assertThat(
                    nl.relay.testing.Api.as(me).get("/api/posts/" + post).then().extract().path("deleted"),
                    org.hamcrest.Matchers.equalTo(true));
        }
    }

    @Test
    void aReplyToAReplyLandsIndentedAndTheThreadLeadsBack() {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String at = size.getWidth() + "";
            browser.manage().window().setSize(size);
            forgetCookies();
            Person author = People.employee();
            Person colleague = People.employee();
            Person me = People.employee();
            long thread = Posts.publish(author, "Wie heeft er tijd voor een intake met een zorgkandidaat " + at + "?");
            long reply = Posts.reply(colleague, thread, "Ik kan donderdag");
            long later = Posts.reply(author, thread, "Of vrijdag, iemand?");
            signIn(me);
            open("/all");
            Browser.click(browser, card(thread).findElement(By.cssSelector("a[href='/posts/" + thread + "'] time")));
            WebElement heading = waitFor(By.cssSelector("h1[data-testid=thread-title]"));
            assertTrue(heading.getText().startsWith("Gesprek: Wie heeft er tijd"), heading.getText());
            assertTrue(browser.getTitle().startsWith("Gesprek: Wie heeft er tijd"), browser.getTitle());
            assertEquals(1, browser.findElements(By.tagName("h1")).size());
            assertEquals("/all", browser.findElement(By.cssSelector("[data-testid=back]")).getDomAttribute("href"));
            checkPage("thread-" + at);

            Browser.click(browser, card(reply).findElement(By.cssSelector("[data-action=reply]")));
            WebElement box = waitFor(By.cssSelector("[data-entry-id='" + reply + "'] [data-testid=reply-box]"));
            WebElement field = box.findElement(By.tagName("textarea"));
            assertEquals(field, browser.switchTo().activeElement(), "the reply field has the focus");
            assertEquals("Reageer op Test " + colleague.username(), box.findElement(By.tagName("label")).getText());
            checkPage("thread-reply-to-reply-" + at);
            field.sendKeys("Donderdag past mij ook " + at);
            Browser.click(browser, box.findElement(By.cssSelector("button[type=submit]")));

            WebElement nested = waitFor(By.xpath("//div[contains(@class,'entry nested')][.//p[@class='body' and "
                    + "text()='Donderdag past mij ook " + at + "']]"));
            assertTrue(nested.getText().contains("in reactie op Test " + colleague.username()), nested.getText());
            List<String> order = browser.findElements(By.cssSelector("[data-testid=entry]")).stream()
                    .map(entry -> entry.getDomAttribute("class") + ":" + entry.getDomAttribute("data-entry-id"))
                    .toList();
            assertEquals("entry:" + reply, order.get(0));
            assertTrue(order.get(1).startsWith("entry nested:"), order.toString());
            assertEquals("entry:" + later, order.get(2));
            long indentOfReply = card(reply).getRect().getX();
            long indentOfNested = nested.findElement(By.cssSelector("[data-testid=post]")).getRect().getX();
            assertTrue(indentOfNested > indentOfReply, "indented: " + indentOfNested + " > " + indentOfReply);
            assertNoHorizontalScroll();
            checkPage("thread-nested-" + at);

            Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=back]")));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/all"));
        }
    }

    private WebElement card(long post) {
        return waitFor(By.cssSelector("[data-testid=post][data-post-id='" + post + "']"));
    }

    private void openMenu(WebElement card) {
        WebElement more = card.findElement(By.cssSelector("details.more"));
        if (more.getDomProperty("open") == null || !Boolean.parseBoolean(more.getDomProperty("open"))) {
            Browser.click(browser, more.findElement(By.tagName("summary")));
        }
        waitUntil(() -> Boolean.parseBoolean(more.getDomProperty("open")));
    }

    private void grantClipboard() {
        try {
            browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin",
                    root.toString().replaceAll("/$", ""), "permissions",
                    List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        } catch (RuntimeException notSupported) {
            // Then the test checks the address the button shows instead of the clipboard.
        }
    }

    private void assertNoHorizontalScroll() {
        Object wider = browser.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertFalse(Boolean.TRUE.equals(wider), "nothing overflows horizontally");
    }

    private void checkPage(String name) {
        Browser.screenshot(browser, name);
        List<String> findings = new ArrayList<>(Axe.violations(browser));
        findings.addAll(Browser.consoleErrors(browser));
        assertEquals(List.of(), findings, name);
    }
}
