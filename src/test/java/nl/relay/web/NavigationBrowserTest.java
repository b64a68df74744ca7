package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The navigation in Chromium at 1280 and 390 px: one line on a laptop, one bar of at most 60 px on a
 * phone that reaches every page through its menu, the skip link, the unread badge that says nothing at
 * zero and appears live, and focus drawn at 3:1 or more on every page.
 */
@QuarkusTest
class NavigationBrowserTest extends BrowserPages {

    private static final List<String> DESTINATIONS = List.of("/", "/all", "/notifications", "/search", "/groups",
            "/alerts", "/people", "/clients", "/settings", "/admin/accounts", "/candidates");

    @BeforeEach
    void signedOut() {
        startSignedOut(DESKTOP);
        Browser.consoleErrors(browser);
    }

    @Test
    void onAPhoneTheNavigationIsOneBarOfAtMost60PxAndItsMenuReachesEveryPage() throws IOException {
        signIn(People.admin());
        browser.manage().window().setSize(PHONE);
        open("/all");
        double bar = height("[data-testid=nav]");
        assertTrue(bar > 30 && bar <= 60, "the phone's navigation bar is " + bar + " px high");
        assertTrue(height("header.top") <= 60, "the header is " + height("header.top") + " px high");
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "nothing wider than the phone");
        // The bar stays at the bottom and hides nothing: the end of the page scrolls clear of it.
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
        double footerBottom = ((Number) browser.executeScript("return document.querySelector('footer.site')"
                + ".getBoundingClientRect().bottom;")).doubleValue();
        double barTop = ((Number) browser.executeScript("return document.querySelector('[data-testid=nav]')"
                + ".getBoundingClientRect().top;")).doubleValue();
        assertTrue(footerBottom <= barTop + 1, "the footer ends at " + footerBottom + ", the bar starts at " + barTop);
        Browser.screenshot(browser, "navigation-390px");
        List<String> visible = browser.findElements(By.cssSelector("[data-testid=nav] .nav-bar > li")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertEquals(List.of("Tijdlijn", "Alles", "Meldingen", "Zoeken", "Menu"), visible);

        browser.findElement(By.cssSelector("[data-testid=nav-menu] summary")).click();
        WebElement groups = browser.findElement(By.cssSelector("[data-testid=nav-menu] a[href='/groups']"));
        assertTrue(groups.isDisplayed());
        Browser.screenshot(browser, "navigation-menu-390px");
        List<String> findings = new ArrayList<>();
        check("navigation-menu-390px", findings);

        visitEveryDestination("-390px", findings);
        assertEquals(List.of(), findings);

        // In English too, every short label fits its place in the bar.
        WebElement english = browser.findElement(By.cssSelector("[data-testid=language-switch] button"));
        browser.executeScript("arguments[0].scrollIntoView({ block: 'center' });", english);
        english.click();
        waitFor(By.cssSelector("html[lang=en]"));
        visible = browser.findElements(By.cssSelector("[data-testid=nav] .nav-bar > li")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertEquals(List.of("Home", "All", "Inbox", "Search", "Menu"), visible);
        assertEquals(Boolean.TRUE, browser.executeScript("return Array.from(document.querySelectorAll("
                + "'[data-testid=nav] .label')).every(function (l) { return l.getClientRects().length === 0 "
                + "|| (l.scrollWidth <= l.parentElement.clientWidth && l.getBoundingClientRect().height < 20); });"),
                "every label fits on one line");
        Browser.screenshot(browser, "navigation-390px-en");
        signOutFromTheMenu();
    }

    @Test
    void onALaptopTheNavigationIsOneTidyLineAndReachesEveryPage() throws IOException {
        signIn(People.admin());
        open("/all");
        List<Integer> tops = browser.findElements(By.cssSelector("header.top .brand, [data-testid=nav-search], "
                + "[data-testid=nav] .nav-bar > li")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getRect().y + e.getRect().height / 2).distinct().toList();
        assertTrue(tops.stream().mapToInt(Integer::intValue).max().getAsInt()
                - tops.stream().mapToInt(Integer::intValue).min().getAsInt() <= 4, "one line: " + tops);
        assertTrue(height("header.top") <= 72, "the header is " + height("header.top") + " px high");
        assertFalse(browser.findElement(By.cssSelector("[data-testid=nav] a[href='/search']")).isDisplayed(),
                "on a laptop the search box is right there");
        Browser.screenshot(browser, "navigation");
        // Just wider than a phone, the line still fits: the search box gives way.
        browser.manage().window().setSize(new Dimension(660, 900));
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "nothing wider at 660 px");
        assertTrue(height("header.top") <= 72, "one line at 660 px: " + height("header.top") + " px");
        Browser.screenshot(browser, "navigation-660px");
        browser.manage().window().setSize(DESKTOP);
        List<String> findings = new ArrayList<>();
        visitEveryDestination("", findings);
        assertEquals(List.of(), findings);

        // The menu works with the keyboard: Enter opens it, Tab goes in, Escape closes it and returns.
        WebElement summary = browser.findElement(By.cssSelector("[data-testid=nav-menu] summary"));
        browser.executeScript("arguments[0].focus();", summary);
        summary.sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("[data-testid=nav-menu][open]"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("/groups", browser.switchTo().activeElement().getDomAttribute("href"));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> driver
                .findElements(By.cssSelector("[data-testid=nav-menu][open]")).isEmpty());
        assertEquals("summary", browser.switchTo().activeElement().getTagName());
        signOutFromTheMenu();
    }

    @Test
    void theSkipLinkIsTheFirstTabAndLeadsToTheComposer() {
        signIn(People.employee());
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(size);
            open("/");
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement skip = browser.switchTo().activeElement();
            assertEquals("skip-link", skip.getDomAttribute("data-testid"));
            assertTrue(skip.isDisplayed() && skip.getRect().y >= 0, "the skip link shows when focused");
            Browser.screenshot(browser, "skip-link" + (size == PHONE ? "-390px" : ""));
            skip.sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(driver -> "main".equals(driver.switchTo().activeElement().getDomAttribute("id")));
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement composer = browser.switchTo().activeElement();
            assertEquals("body", composer.getDomAttribute("name"), "one Tab after the skip link: the composer");
            assertTrue(composer.findElements(By.xpath("ancestor::*[@data-testid='composer']")).size() == 1);
        }
        assertEquals(List.of(), Browser.consoleErrors(browser));
    }

    @Test
    void theBadgeSaysNothingAtZeroAndAppearsLiveWhenSomeoneMentionsYou() throws IOException {
        Person reader = People.employee();
        Person author = People.employee();
        signIn(reader);
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(size);
            String suffix = size == PHONE ? "-390px" : "";
            Api.as(reader).post("/api/notifications/read-all").then().statusCode(204);
            open("/all");
            WebElement badge = browser.findElement(By.cssSelector("[data-testid=unread-count]"));
            assertFalse(badge.isDisplayed(), "no \"0\" badge");
            assertTrue(browser.findElement(By.cssSelector("[data-testid=nav] a[href='/notifications']")).getText()
                    .matches("[^0-9]*"), "no digit in the link at zero");
            Posts.publish(author, "Even kijken @" + reader.username() + ", live" + suffix, Map.of());
            // The notification is written in the background, on a loaded machine maybe only after a while.
            new WebDriverWait(browser, Duration.ofSeconds(45))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=unread-count]")));
            assertEquals("1", badge.getText());
            assertEquals("1 ongelezen", badge.getDomAttribute("aria-label"));
            Browser.screenshot(browser, "unread-badge" + suffix);
            assertEquals(List.of(), Axe.violations(browser));
        }
        assertEquals(List.of(), Browser.consoleErrors(browser));
    }

    private void visitEveryDestination(String suffix, List<String> findings) throws IOException {
        for (String path : DESTINATIONS) {
            if (path.equals("/search") && !browser.findElement(By.cssSelector("[data-testid=nav] a[href='/search']"))
                    .isDisplayed()) {
                // On a laptop the navigation has the search box itself.
                browser.findElement(By.cssSelector("[data-testid=nav-search] input")).sendKeys("controller",
                        Keys.ENTER);
            } else {
                BrowserTest.navigateTo(browser, path);
            }
            waitForPath(path);
            check("navigation" + path.replace('/', '-') + suffix, findings);
        }
    }

    private void check(String name, List<String> findings) throws IOException {
        Object found = BrowserTest.runPageChecks(browser);
        assertTrue(found instanceof List<?>, "the page checks ran: " + found);
        ((List<?>) found).forEach(finding -> findings.add(name + ": " + finding));
        Axe.violations(browser).forEach(violation -> findings.add(name + ": axe " + violation));
        Browser.consoleErrors(browser).forEach(error -> findings.add(name + ": console " + error));
    }

    private void signOutFromTheMenu() {
        BrowserTest.navigateTo(browser, "/settings");
        waitForPath("/settings");
        WebElement menu = browser.findElement(By.cssSelector("[data-testid=nav-menu]"));
        if (menu.getDomAttribute("open") == null) {
            menu.findElement(By.tagName("summary")).click();
        }
        menu.findElement(By.cssSelector("button[type=submit]")).click();
        waitForPath("/login");
    }

    private double height(String selector) {
        return ((Number) browser.executeScript("return document.querySelector(arguments[0])"
                + ".getBoundingClientRect().height;", selector)).doubleValue();
    }
}
