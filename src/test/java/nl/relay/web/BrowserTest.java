package nl.relay.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Relay in a real (headless) Chromium: signing in and out, posting, escaping, the language switch,
 * every page reached through the navigation, keyboard use, labels, contrast and the 390 px layout, and axe-core's WCAG 2.1 A/AA rules on every page.
 * Screenshots of every page land in target/screenshots.
 */
@QuarkusTest
class BrowserTest extends BrowserPages {

    @jakarta.inject.Inject
    nl.relay.platform.outbox.OutboxWorker outbox;

    @BeforeEach
    void signedOutInDutch() {
        startSignedOut(DESKTOP);
    }

    @Test
    void signInPostAndSeeTheLinkedPostInTheFeed() {
        Person author = People.employee();
        Person colleague = People.employee();
        signIn(author);
        assertEquals("nl", browser.findElement(By.tagName("html")).getDomAttribute("lang"));

        String text = "Wervingsproblemen in de #ICT-branche? @" + colleague.username()
                + " lees even mee: https://example.nl/vacature-ontwikkelaar";
        WebElement composer = browser.findElement(By.cssSelector("[data-testid=composer]"));
        composer.findElement(By.name("body")).sendKeys(text);
        new Select(composer.findElement(By.name("kind"))).selectByValue("question");
        composer.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement post = waitFor(By.cssSelector("[data-testid=post]"));
        assertEquals(text, post.findElement(By.cssSelector(".body")).getText());
        assertTrue(post.getDomAttribute("class").contains("kind-question"), post.getDomAttribute("class"));
        List<String> links = post.findElements(By.cssSelector(".body a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertEquals(List.of("/topics/ict", "/people/" + colleague.username(),
                "https://example.nl/vacature-ontwikkelaar"), links);
        String time = post.findElement(By.tagName("time")).getText();
        assertTrue(time.contains("seconde") || time.equals("nu"), "relative time in Dutch: " + time);
        assertFalse(post.findElement(By.tagName("time")).getDomProperty("title").isBlank(), "exact time on hover");
        assertNoConsoleErrors();
    }

    @Test
    void aHostilePostIsShownAsTextAndRunsNothing() {
        Person author = People.employee();
        signIn(author);
        String hostile = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>"
                + " \"><svg onload=alert(1)> javascript:alert(1)";
        WebElement composer = browser.findElement(By.cssSelector("[data-testid=composer]"));
        composer.findElement(By.name("body")).sendKeys(hostile);
        composer.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement post = waitFor(By.cssSelector("[data-testid=post]"));
        assertEquals(hostile, post.findElement(By.cssSelector(".body")).getText());
        assertTrue(post.findElements(By.cssSelector("img, script, svg")).isEmpty(), "no markup from the post");
        assertTrue(post.findElements(By.cssSelector(".body a")).isEmpty(), "javascript: is not a link");
        Browser.screenshot(browser, "hostile-post");
    }

    @Test
    void theLanguageSwitchesFromTheFooterAndFromTheSettings() {
        assertEquals("nl", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Inloggen", browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.cssSelector("[data-testid=language-switch] button")).click();
        waitFor(By.cssSelector("html[lang=en]"));
        assertEquals("Sign in", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("/login"), browser.getCurrentUrl());

        Person person = People.employee();
        signIn(person);
        waitFor(By.cssSelector("html[lang=en]"));
        assertEquals("Home", browser.findElement(By.cssSelector("[data-testid=nav] a")).getText());

        open("/settings");
        browser.findElement(By.cssSelector("[data-testid=language-form] input[value=nl]")).click();
        browser.findElement(By.cssSelector("[data-testid=language-form] button")).click();
        waitFor(By.cssSelector("html[lang=nl]"));
        assertEquals("Taal opgeslagen.", browser.findElement(By.cssSelector("[data-testid=saved]")).getText());
        Browser.screenshot(browser, "settings");
        Api.as(person).get("/api/me/preferences").then().statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo("nl"));

        // The account's choice wins over the browser's English Accept-Language.
        given().header("Accept-Language", "en").cookie(TokenCookie.NAME, sessionCookie()).get("/all").then()
                .body(org.hamcrest.Matchers.containsString("<html lang=\"nl\">"));
    }

    @Test
    void everyPageIsReachableFromTheNavigationAndPassesTheChecks() throws IOException {
        Person admin = People.admin();
        Person recruiter = People.recruiter();
        String client = "Achmea " + People.uniqueUsername();
        long alert = nl.relay.testing.Alerts.create(admin, "kind:candidate controller", Map.of("name", "Controllers"));
        long clientId = Api.as(admin).body(Map.of("name", client, "aliases", List.of(), "sectorCode", "finance"))
                .post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        long post = Posts.publish(recruiter, "Kandidaat beschikbaar voor #Achmea: senior controller, per direct.",
                Map.of("kind", "candidate", "clientId", clientId));
        Posts.reply(admin, post, "Mooi, ik stuur het door naar @" + recruiter.username());
        Api.as(admin).put("/api/me/follows/accounts/" + recruiter.username()).then().statusCode(204);
        String groupName = "Bureau Utrecht " + People.uniqueUsername();
        long group = nl.relay.testing.Groups.create(admin, groupName, "private");
        Posts.publish(admin, "Alleen voor het bureau: de nieuwe tarieven. #tarieven", Map.of("groupId", group));
        Api.as(recruiter).put("/api/groups/" + group + "/members/me").then().statusCode(202);
        // Everything set off is done before the pages open: no badge comes in live and moves the links.
        outbox.drain();
        signIn(admin);

        List<String> findings = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(size);
            String suffix = size == PHONE ? "-390px" : "";
            open("/");
            for (String[] page : new String[][]{{"/", "home"}, {"/all", "all"}, {"/notifications", "notifications"},
                    {"/groups", "groups"}, {"/alerts", "alerts"}, {"/people", "people"}, {"/clients", "clients"},
                    {"/settings", "settings"},
                    {"/admin/accounts", "admin-accounts"}, {"/announcements/new", "announcement-form"}}) {
                navigateTo(browser, page[0]);
                waitForPath(page[0]);
                check(page[1] + suffix, findings);
            }
            open("/alerts");
            browser.findElement(By.cssSelector("[data-testid=alerts] a[href='/alerts/" + alert + "']")).click();
            waitForPath("/alerts/" + alert);
            check("alert" + suffix, findings);
            open("/groups?q=" + groupName.replace(" ", "+"));
            browser.findElement(By.cssSelector("[data-testid=groups] a[href='/groups/" + group + "']")).click();
            waitForPath("/groups/" + group);
            check("group" + suffix, findings);
            open("/all?kind=candidate");
            nl.relay.testing.Browser.click(browser,
                    browser.findElement(By.cssSelector("[data-post-id='" + post + "'] a[href^='/topics/']")));
            waitForPath("/topics/achmea");
            check("topic" + suffix, findings);
            nl.relay.testing.Browser.click(browser,
                    browser.findElement(By.cssSelector("[data-post-id='" + post + "'] header a[href^='/people/']")));
            waitForPath("/people/" + recruiter.username());
            check("person" + suffix, findings);
            nl.relay.testing.Browser.click(browser,
                    browser.findElement(By.cssSelector("[data-post-id='" + post + "'] a[href='/posts/" + post + "']")));
            waitForPath("/posts/" + post);
            check("thread" + suffix, findings);
        }
        assertEquals(List.of(), findings);

        // The thread page's reply box works, and the reply shows in the thread.
        browser.manage().window().setSize(DESKTOP);
        open("/posts/" + post);
        WebElement reply = browser.findElement(By.cssSelector("[data-testid=reply-form]"));
        reply.findElement(By.name("body")).sendKeys("Ik heb iemand bij de afdeling financiën die hem zoekt.");
        reply.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "afdeling financiën"));
        assertNoConsoleErrors();
    }

    @Test
    void theComposerSaysWhomItsAlertsReachAndAnAlertIsTriedAndSavedOnItsPage() {
        String word = "Hoogovens" + People.uniqueUsername().replaceAll("[^a-z]", "");
        Person watcher = People.employee();
        Person colleague = People.employee();
        nl.relay.testing.Alerts.create(watcher, word);
        nl.relay.testing.Alerts.create(colleague, word);
        nl.relay.testing.Alerts.create(colleague, word + " OR Tata");
        nl.relay.testing.Alerts.create(People.employee(), word);
        Person author = People.employee();
        long earlier = Posts.publish(author, "Bij " + word + " vertrekt de HR-directeur.");
        signIn(author);
        browser.findElement(By.cssSelector("[data-testid=composer] textarea")).sendKeys("Nieuws over " + word
                + ": een nieuwe directeur");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=reach-preview]"), "tot 3 collega's via 1 alert"));

        open("/alerts");
        browser.findElement(By.name("name")).sendKeys("Directie " + word);
        browser.findElement(By.name("query")).sendKeys(word + " directeur");
        browser.findElement(By.cssSelector("[data-testid=alert-try]")).click();
        waitFor(By.cssSelector("[data-testid=alert-tried] [data-post-id='" + earlier + "']"));
        assertEquals(word + " directeur", browser.findElement(By.name("query")).getDomProperty("value"));
        browser.findElement(By.cssSelector("[data-testid=alert-save]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().matches(".*/alerts/\\d+$"));
        assertTrue(browser.findElement(By.cssSelector("[data-testid=alert-feed-url]")).getDomProperty("value")
                .contains(".atom?token="));
        assertNoConsoleErrors();
    }

    @Test
    void theUnreadBadgeFollowsTheLiveStream() {
        Person author = People.employee();
        Person reader = People.employee();
        signIn(reader);
        WebElement badge = browser.findElement(By.cssSelector("[data-testid=unread-count]"));
        assertFalse(badge.isDisplayed(), "no \"0\" badge");
        Posts.publish(author, "Live in de browser: @" + reader.username() + " kijk even naar de planning.");
        // The notification is written in the background, on a loaded machine maybe only after a while.
        new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=unread-count]"), "1"));
        navigateTo(browser, "/notifications");
        waitForPath("/notifications");
        browser.findElement(By.cssSelector("[data-testid=must-read] form[action^='/notifications/ack/'] button"))
                .click();
        // Acknowledged in place (notifications.js); the next visit no longer lists it as must-read.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=must-read] .done"), "Bevestigd"));
        browser.navigate().refresh();
        waitFor(By.cssSelector("[data-testid=notification-list]"));
        assertTrue(browser.findElements(By.cssSelector("[data-testid=must-read]")).isEmpty());
        assertNoConsoleErrors();
    }

    @Test
    void withTheKeyboardOnlyYouSignInAndPost() {
        Person person = People.employee();
        tabTo("username").sendKeys(person.username());
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("password", browser.switchTo().activeElement().getDomAttribute("name"));
        browser.switchTo().activeElement().sendKeys(person.password(), Keys.ENTER);
        waitFor(By.cssSelector("[data-testid=composer]"));

        tabTo("body").sendKeys("Alleen met het toetsenbord geplaatst. #toegankelijkheid");
        for (int i = 0; i < 10 && !"submit".equals(browser.switchTo().activeElement().getDomAttribute("type")); i++) {
            pressTab();
        }
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement post = waitFor(By.cssSelector("[data-testid=post]"));
        assertTrue(post.getText().contains("Alleen met het toetsenbord geplaatst."), post.getText());
    }

    @Test
    void searchFromTheNavigationWithSuggestionsHighlightsCountsAndSaveAsAlert() throws IOException {
        String word = "Hoogovens" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        Person recruiter = People.recruiter();
        Api.as(recruiter).body(Map.of("name", word + " Staal", "aliases", List.of("HS" + word), "sectorCode",
                "manufacturing")).post("/api/clients").then().statusCode(201);
        long vacancy = Posts.publish(recruiter, "Bij " + word + " zoeken we drie kandidaten voor de vacatures "
                + "<b>onderhoud</b>.", Map.of("kind", "vacancy"));
        long note = Posts.publish(recruiter, "Een kandidaat van " + word + " belde terug.");
        outbox.drain();
        Person reader = People.employee();
        signIn(reader);

        WebElement box = browser.findElement(By.cssSelector("[data-testid=nav-search] input[name=q]"));
        box.sendKeys(word.substring(0, 12));
        WebElement suggestion = waitFor(By.cssSelector("[data-testid=nav-search] [data-testid=search-suggestions] "
                + "[role=option].suggestion-client"));
        assertEquals(word + " Staal", suggestion.getText());
        assertEquals("true", box.getDomAttribute("aria-expanded"));
        assertEquals("combobox", box.getDomAttribute("role"));
        List<String> findings = new ArrayList<>();
        check("search-suggestions", findings);
        box.sendKeys(Keys.ARROW_DOWN);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> suggestion.getDomAttribute("id")
                .equals(box.getDomAttribute("aria-activedescendant")));
        assertEquals("true", suggestion.getDomAttribute("aria-selected"));
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getDomAttribute("aria-expanded"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "kandidaat " + word, Keys.ENTER);
        waitFor(By.cssSelector("[data-testid=hit][data-post-id='" + vacancy + "']"));
        assertEquals(2, browser.findElements(By.cssSelector("[data-testid=hit]")).size());
        WebElement hit = browser.findElement(By.cssSelector("[data-testid=hit][data-post-id='" + vacancy + "']"));
        assertEquals(List.of(word, "kandidaten"), hit.findElements(By.cssSelector("mark")).stream()
                .map(WebElement::getText).toList());
        assertTrue(hit.getText().contains("<b>onderhoud</b>"), "a post's markup is shown as text: " + hit.getText());
        assertTrue(hit.findElements(By.tagName("b")).isEmpty());
        check("search", findings);
        assertEquals(List.of(), findings);

        browser.findElement(By.cssSelector("[data-testid=facet-kind] a[href*='kind=vacancy']")).click();
        waitForPath("/search");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector("[data-testid=hit]")).size() == 1);
        assertTrue(browser.findElements(By.cssSelector("[data-post-id='" + note + "']")).isEmpty());

        browser.findElement(By.cssSelector("[data-testid=save-alert] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().matches(".*/alerts/\\d+$"));
        assertEquals("(kandidaat " + word + ") kind:vacancy",
                browser.findElement(By.cssSelector("[data-testid=alert-query-shown]")).getText());
        waitFor(By.cssSelector("[data-testid=alert-earlier] [data-post-id='" + vacancy + "']"));
        assertNoConsoleErrors();
    }

    @Test
    void signingOutRevokesTheSessionEverywhere() {
        Person person = People.employee();
        signIn(person);
        String cookie = sessionCookie();
        given().cookie(TokenCookie.NAME, cookie).accept("application/json").get("/api/me").then().statusCode(200);

        browser.findElement(By.cssSelector("[data-testid=nav-menu] summary")).click();
        browser.findElement(By.cssSelector("[data-testid=nav-menu] button[type=submit]")).click();
        waitForPath("/login");
        assertEquals(null, browser.manage().getCookieNamed(TokenCookie.NAME));
        open("/");
        assertTrue(browser.findElements(By.cssSelector("[data-testid=nav]")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("[data-testid=login-form]")).isEmpty());
        Browser.screenshot(browser, "login");
        given().cookie(TokenCookie.NAME, cookie).accept("application/json").get("/api/me").then().statusCode(401);
    }

    @Test
    void thePageChecksThemselvesCatchWhatTheyLookFor() throws IOException {
        browser.get("data:text/html;charset=utf-8,<html><head><style>a:focus-visible { outline: 3px solid %23f0a500; "
                + "outline-offset: 2px }</style></head><body style='background:%23fff'><input name=q>"
                + "<button></button><p style='color:%23bbb'>vaag</p><div style='width:3000px'>breed</div>"
                + "<p><a href='%23x'>oranje ring</a></p></body></html>");
        List<?> found = (List<?>) runPageChecks(browser);
        assertEquals(5, found.size(), String.valueOf(found));
        assertTrue(found.toString().contains("no label") && found.toString().contains("no name")
                && found.toString().contains("contrast") && found.toString().contains("wider")
                && found.toString().contains("focus contrast 2.0"), found.toString());
        List<String> axe = Axe.violations(browser);
        assertTrue(axe.stream().anyMatch(v -> v.startsWith("label ")) && axe.stream().anyMatch(v -> v.startsWith(
                "button-name ")) && axe.stream().anyMatch(v -> v.startsWith("color-contrast ")), String.valueOf(axe));
    }

    private String sessionCookie() {
        Cookie cookie = browser.manage().getCookieNamed(TokenCookie.NAME);
        assertTrue(cookie != null && cookie.isHttpOnly(), "an HttpOnly session cookie");
        return cookie.getValue();
    }

    /**
     * Presses Tab on the keyboard, wherever the focus is: typing into a file field (the composer's) would be taken
     * as a file to choose.
     */
    private void pressTab() {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    }

    /** Presses Tab from the top of the page until the named field has the focus. */
    private WebElement tabTo(String name) {
        WebElement body = browser.findElement(By.tagName("body"));
        body.click();
        for (int i = 0; i < 30; i++) {
            WebElement focused = browser.switchTo().activeElement();
            if (name.equals(focused.getDomAttribute("name"))) {
                return focused;
            }
            pressTab();
        }
        throw new AssertionError("Tab never reached the field " + name);
    }

    /**
     * Follows the navigation's link to a page, opening its menu first where the link is in there (on a
     * phone, and for the pages after the first few on a laptop).
     */
    static void navigateTo(ChromeDriver browser, String href) {
        By link = By.cssSelector("[data-testid=nav] a[href='" + href + "']");
        if (!browser.findElement(link).isDisplayed()) {
            browser.findElement(By.cssSelector("[data-testid=nav-menu] summary")).click();
        }
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(link).click();
        // The link may lead to the page already open: the address says nothing then, the old page going does.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
    }

    private void check(String name, List<String> findings) throws IOException {
        Browser.screenshot(browser, name);
        Object found = runPageChecks(browser);
        assertTrue(found instanceof List<?>, "the page checks ran and answered a list: " + found);
        ((List<?>) found).forEach(finding -> findings.add(name + ": " + finding));
        Axe.violations(browser).forEach(violation -> findings.add(name + ": axe " + violation));
        Browser.consoleErrors(browser).forEach(error -> findings.add(name + ": console " + error));
    }

    /**
     * Runs the page checks. Their focus sweep focuses every control in turn, after one press of Tab so that
     * focus is drawn as for the keyboard; while someone is choosing from an open suggestion list, it is left
     * out, since moving the focus would close the list under test.
     */
    static Object runPageChecks(ChromeDriver browser) throws IOException {
        boolean choosing = Boolean.TRUE.equals(browser.executeScript(
                "var a = document.activeElement; return !!a && a.getAttribute('aria-expanded') === 'true';"));
        if (!choosing) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        }
        return browser.executeScript(pageChecks(), !choosing);
    }

    static String pageChecks() throws IOException {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/browser/page-checks.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertNoConsoleErrors() {
        assertEquals(List.of(), Browser.consoleErrors(browser));
    }

    /** The session cookie's name, as the pages set it. */
    private static final class TokenCookie {

        static final String NAME = "relay_session";
    }
}
