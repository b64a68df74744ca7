package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.relay.notifications.stream.NotificationHub;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The home feed and the composer in Chromium, at 1280 and 390 px: the "n new posts" prompt fed by the live
 * stream, "older posts" that keeps the place, the client picker by alias with the keyboard, refusals under
 * their field in Dutch and English, Ctrl+Enter, mention suggestions by display name. axe-core finds nothing
 * on each state, and the console stays clean.
 */
@QuarkusTest
class FeedComposerBrowserTest extends BrowserPages {

    private static final List<Dimension> SIZES = List.of(DESKTOP, PHONE);

    @Inject
    NotificationHub hub;

    @BeforeEach
    void cleanConsole() {
        Browser.consoleErrors(browser);
    }

    @Test
    void newPostsFromTheLiveStreamAreOfferedAndLoadedAboveWithoutAReload() {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            Person author = People.employee();
            Person reader = People.employee();
            Api.as(reader).put("/api/me/follows/accounts/" + author.username()).then().statusCode(204);
            long older = Posts.publish(author, "Al gelezen bericht");
            Wait.until(() -> Api.as(reader).get("/api/feed").jsonPath().getList("items.id", Long.class)
                    .contains(older));
            forgetCookies();
            open("/login");
            Wait.until(() -> hub.openStreams() == 0);
            signIn(reader);
            Wait.until(() -> hub.openStreams() > 0);
            browser.executeScript("window.relayStayed = 'yes';");

            long first = Posts.publish(author, "Eerste nieuwe bericht");
            long second = Posts.publish(author, "Tweede nieuwe bericht");
            WebElement button = until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=new-posts]"),
                    "2 nieuwe berichten")) ? browser.findElement(By.cssSelector("[data-testid=new-posts]")) : null;
            assertEquals("polite", browser.findElement(By.cssSelector("[data-testid=new-posts-region]"))
                    .getDomAttribute("aria-live"));
            check("feed-new-posts-" + size.width);

            button.sendKeys(Keys.ENTER);
            waitFor(By.cssSelector("[data-testid=feed] [data-post-id='" + first + "']"));
            assertEquals("yes", browser.executeScript("return window.relayStayed;"), "no reload");
            assertEquals(List.of(second, first, older), shownPostIds().subList(0, 3));
            assertEquals(String.valueOf(second), browser.switchTo().activeElement().getDomAttribute("data-post-id"));
            assertTrue(browser.findElements(By.cssSelector("[data-testid=new-posts]")).isEmpty());
            assertTrue(browser.findElement(By.cssSelector("[data-post-id='" + second + "'] time")).getText()
                    .matches(".*(seconde|nu).*"), "a relative time on the loaded card");
            check("feed-new-posts-loaded-" + size.width);
        }
    }

    @Test
    void olderPostsComeBelowWhereYouAreWithoutAReload() {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            Person author = People.employee();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                ids.add(0, Posts.publish(author, "Bericht nummer " + i));
            }
            signIn(author);
            browser.executeScript("window.relayStayed = 'yes';");
            assertEquals(ids.subList(0, 20), shownPostIds());

            WebElement more = browser.findElement(By.cssSelector("[data-testid=load-more]"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", more);
            long scrolled = scrollY();
            String firstCursor = more.getDomAttribute("href");
            Browser.click(browser, more);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> shownPostIds().size() == 40);
            assertEquals(ids.subList(0, 40), shownPostIds());
            assertTrue(Math.abs(scrollY() - scrolled) <= 1, "the page stays where it was: " + scrolled + " → "
                    + scrollY());
            assertEquals(String.valueOf(ids.get(20)),
                    browser.switchTo().activeElement().getDomAttribute("data-post-id"));
            assertTrue(more.getDomAttribute("href").startsWith("/?cursor=")
                    && !more.getDomAttribute("href").equals(firstCursor),
                    "the next cursor: " + more.getDomAttribute("href"));
            check("feed-load-more-" + size.width);

            more.sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> shownPostIds().size() == 45);
            assertEquals(ids, shownPostIds());
            assertTrue(browser.findElements(By.cssSelector("[data-testid=load-more]")).isEmpty(), "the end");
            assertEquals("yes", browser.executeScript("return window.relayStayed;"), "no reload");
            check("feed-load-more-end-" + size.width);
        }
    }

    @Test
    void aClientIsPickedByAliasWithTheKeyboardAndCtrlEnterPosts() {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            Person recruiter = People.recruiter();
            String tag = People.uniqueUsername().replaceAll("[^a-z0-9]", "");
            String name = "Koninklijke Bouwgroep " + tag;
            String alias = "KBG" + tag;
            Api.as(recruiter).body(Map.of("name", name, "aliases", List.of(alias), "sectorCode", "construction"))
                    .post("/api/clients").then().statusCode(201);
            signIn(recruiter);
            WebElement body = browser.findElement(By.id("body"));
            body.sendKeys("Nieuwe uitvoerder gezocht");
            WebElement client = browser.findElement(By.id("client"));
            Browser.click(browser, client);
            client.sendKeys(alias.substring(0, alias.length() - 1));
            WebElement option = waitFor(By.cssSelector("[data-testid=client-suggestions] [role=option]"));
            assertTrue(option.getText().contains(name) && option.getText().contains(alias), option.getText());
            assertEquals("combobox", client.getDomAttribute("role"));
            check("composer-client-picker-" + size.width);
            client.sendKeys(Keys.ARROW_DOWN);
            assertEquals(option.getDomAttribute("id"), client.getDomAttribute("aria-activedescendant"));
            client.sendKeys(Keys.ENTER);
            assertEquals(name, client.getDomProperty("value"));
            assertTrue(browser.findElement(By.name("clientId")).getDomProperty("value").matches("\\d+"));
            assertTrue(browser.getCurrentUrl().endsWith("/"), "Enter picked, it did not post");

            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            WebElement post = waitFor(By.xpath("//article[@data-testid='post'][.//p[contains(., "
                    + "'Nieuwe uitvoerder gezocht')]]"));
            assertTrue(post.getText().contains(name), post.getText());
            check("composer-client-posted-" + size.width);
        }
    }

    @Test
    void aRefusalShowsUnderItsFieldInDutchAndInEnglishWithTheFocusThereAndTheDraftKept() {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            Person author = People.employee();
            signIn(author);
            refuse("Mijn concept over een klant", "Bestaat Niet BV " + size.width);
            WebElement error = waitFor(By.cssSelector("[data-testid=client-error]"));
            assertEquals("Deze naam staat niet in de klantenlijst.", error.getText());
            WebElement client = browser.findElement(By.id("client"));
            assertEquals(client, browser.switchTo().activeElement(), "the focus is on the refused field");
            assertEquals("true", client.getDomAttribute("aria-invalid"));
            assertTrue(client.getDomAttribute("aria-describedby").contains("client-error"));
            assertEquals("Mijn concept over een klant", browser.findElement(By.id("body")).getDomProperty("value"));
            check("composer-error-nl-" + size.width);

            Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=language-switch] button")));
            waitFor(By.cssSelector("html[lang=en]"));
            refuse("My draft about a client", "Nobody Ltd " + size.width);
            assertEquals("This name is not in the client directory.",
                    waitFor(By.cssSelector("[data-testid=client-error]")).getText());
            assertEquals(browser.findElement(By.id("client")), browser.switchTo().activeElement());
            check("composer-error-en-" + size.width);
            Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=language-switch] button")));
            waitFor(By.cssSelector("html[lang=nl]"));
        }
    }

    @Test
    void mentionSuggestionsShowDisplayNamesAndPutTheUsernameAtTheCaret() {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            String username = People.uniqueUsername();
            String displayName = "Sanne van Vermeld " + size.width;
            Api.as(People.adminToken()).body(Map.of("username", username, "displayName", displayName, "email",
                    username + "@example.nl", "password", "correct horse " + username, "roles", List.of("employee")))
                    .post("/api/accounts").then().statusCode(201);
            signIn(People.employee());
            WebElement body = browser.findElement(By.id("body"));
            body.sendKeys("Vraag voor @" + username.substring(0, username.length() - 1));
            WebElement option = waitFor(By.cssSelector("[data-testid=suggestions] [role=option]"));
            assertTrue(option.getText().contains(displayName) && option.getText().contains("@" + username),
                    option.getText());
            check("composer-mentions-" + size.width);
            body.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            assertEquals("Vraag voor @" + username + " ", body.getDomProperty("value"));
            body.sendKeys("kijk je mee?");
            assertEquals("Vraag voor @" + username + " kijk je mee?", body.getDomProperty("value"));
            assertTrue(browser.findElement(By.cssSelector("[data-testid=suggestions]")).getDomProperty("hidden")
                    .equals("true"));
            assertEquals(List.of(), Browser.consoleErrors(browser));
        }
    }

    @Test
    void theGroupsComposerHasTheSameFieldsAndPostsInTheGroup() {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            Person owner = People.recruiter();
            long group = nl.relay.testing.Groups.create(owner, "private");
            String tag = People.uniqueUsername().replaceAll("[^a-z0-9]", "");
            String name = "Groepsklant " + tag;
            Api.as(owner).body(Map.of("name", name, "aliases", List.of("GK" + tag), "sectorCode", "logistics"))
                    .post("/api/clients").then().statusCode(201);
            signIn(owner);
            open("/groups/" + group);
            WebElement body = waitFor(By.id("body"));
            body.sendKeys("Chauffeurs gezocht voor de groep");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("question");
            WebElement client = browser.findElement(By.id("client"));
            client.sendKeys("GK" + tag);
            waitFor(By.cssSelector("[data-testid=client-suggestions] [role=option]"));
            client.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sectorCode")))
                    .selectByValue("logistics");
            check("group-composer-" + size.width);
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            WebElement post = waitFor(By.xpath("//article[@data-testid='post'][.//p[contains(., "
                    + "'Chauffeurs gezocht voor de groep')]]"));
            assertTrue(browser.getCurrentUrl().endsWith("/groups/" + group), browser.getCurrentUrl());
            assertTrue(post.getText().contains(name), post.getText());
            assertTrue(post.getDomAttribute("class").contains("kind-question"), post.getDomAttribute("class"));
            check("group-composer-posted-" + size.width);
        }
    }

    /** Types a post with a client that is not in the directory and sends it: the page answers 422. */
    private void refuse(String text, String clientName) {
        WebElement body = browser.findElement(By.id("body"));
        body.sendKeys(text);
        WebElement client = browser.findElement(By.id("client"));
        client.sendKeys(clientName, Keys.ESCAPE);
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/posts"));
    }

    private List<Long> shownPostIds() {
        return browser.findElements(By.cssSelector("[data-testid=feed] article[data-post-id]")).stream()
                .map(card -> Long.parseLong(card.getDomAttribute("data-post-id"))).toList();
    }

    private long scrollY() {
        return ((Number) browser.executeScript("return Math.round(window.scrollY);")).longValue();
    }

    /** axe-core's WCAG 2.1 A/AA rules, a screenshot, and a console without errors (a refused post's 422 aside). */
    private void check(String name) {
        Browser.screenshot(browser, name);
        assertEquals(List.of(), Axe.violations(browser), name);
        List<String> errors = Browser.consoleErrors(browser).stream()
                .filter(error -> !(error.contains("/posts ") && error.contains("status of 422"))).toList();
        assertEquals(List.of(), errors, name);
    }

    /** Signs in afresh: the cookies of an earlier session (and its language) are gone first. */
    @Override
    protected void signIn(Person person) {
        startSignedOut();
        submitSignIn(person);
        waitFor(By.cssSelector("[data-testid=composer]"));
    }

    /** Waits for what the background work (delivery to feeds, the live stream) shows: at most 45 s. */
    private boolean until(org.openqa.selenium.support.ui.ExpectedCondition<Boolean> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(45)).until(condition);
    }
}
