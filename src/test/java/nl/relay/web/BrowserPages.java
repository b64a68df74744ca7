package nl.relay.web;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import nl.relay.testing.Browser;
import nl.relay.testing.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests share: one headless Chromium per test class (started before its first test, quit
 * after its last), the application's address, the laptop and phone window sizes, and the steps every test
 * takes: open a page, sign in, wait for an element, a condition or an address.
 */
abstract class BrowserPages {

    /** A laptop's window. */
    protected static final Dimension DESKTOP = new Dimension(1280, 900);
    /** A phone's window. */
    protected static final Dimension PHONE = new Dimension(390, 844);

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    protected static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Opens a path of the application, such as "/all". */
    protected void open(String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
    }

    /** The sign-in page without any cookies: no session, no chosen language. */
    protected void startSignedOut() {
        forgetCookies();
        open("/login");
    }

    /**
     * Deletes the application's cookies from a page without script (the style sheet): a page with the live stream
     * open would otherwise ask for the unread count without a session when a notification comes, and fail.
     */
    protected void forgetCookies() {
        open("/relay.css");
        browser.manage().deleteAllCookies();
    }

    /** The sign-in page without any cookies, in a window of this size. */
    protected void startSignedOut(Dimension size) {
        browser.manage().window().setSize(size);
        startSignedOut();
    }

    /** Signs in through the sign-in page and waits for the navigation. */
    protected void signIn(Person person) {
        open("/login");
        submitSignIn(person);
        waitFor(By.cssSelector("[data-testid=nav]"));
    }

    /** Fills in the open sign-in form and clicks its button. */
    protected void submitSignIn(Person person) {
        browser.findElement(By.name("username")).sendKeys(person.username());
        browser.findElement(By.name("password")).sendKeys(person.password());
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=login-form] button[type=submit]")));
    }

    /** Waits (at most 20 s) until the element is visible, and answers it. */
    protected WebElement waitFor(By locator) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks a form's button and waits until the browser has left the page, so what is looked for next is on the
     * page the form's answer brought and not on the old one.
     */
    protected void submitWith(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        Browser.click(browser, button);
        patiently().until(ExpectedConditions.stalenessOf(page));
    }

    /** Waits (at most 20 s) until the condition holds. */
    protected void waitUntil(BooleanSupplier condition) {
        patiently().until(driver -> condition.getAsBoolean());
    }

    /**
     * A wait of at most 20 s whose failure says where the browser was and what the page said, so a failure in CI
     * can be read from its message alone.
     */
    protected WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.withMessage(() -> {
            try {
                String text = browser.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
                return "on " + browser.getCurrentUrl() + ", which read: "
                        + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
            } catch (RuntimeException e) {
                return "on " + browser.getCurrentUrl();
            }
        });
        return wait;
    }

    /** Waits (at most 20 s) until the address is the path, with or without a query. */
    protected void waitForPath(String path) {
        patiently().until(driver -> {
            String url = driver.getCurrentUrl();
            String after = url.substring(url.indexOf('/', url.indexOf("//") + 2));
            return after.equals(path) || after.startsWith(path + "?");
        });
    }
}
