package nl.relay.accounts.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A forgotten password in a real browser: from the sign-in page's link to the form, the "check your mail" page,
 * the link from the mail, a new password, and signing in with it. Every screen passes axe-core.
 */
@QuarkusTest
class PasswordResetBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void someoneWhoForgotTheirPasswordChoosesANewOneAndSignsIn() {
        Person person = People.named("Fenna Vergeetachtig");
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1280, 900));
        List<String> findings = new ArrayList<>();
        open("/login");

        Browser.click(browser, waitFor(By.cssSelector("[data-testid=forgot-password]")));
        waitFor(By.cssSelector("[data-testid=reset-request-form]"));
        check("request", findings);
        browser.findElement(By.id("usernameOrEmail")).sendKeys(person.username());
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=reset-request-form] button")));
        String sent = waitFor(By.cssSelector("[data-testid=reset-sent]")).getText();
        assertTrue(sent.contains("Kijk in je mail"), sent);
        check("sent", findings);

        String token = Resets.awaitLink(person, 1);
        // The link exactly as the mail has it: Relay's own address in tests (no base URL configured).
        browser.get(Resets.linkStart() + URLEncoder.encode(token, StandardCharsets.UTF_8));
        waitFor(By.cssSelector("[data-testid=reset-choose-form]"));
        check("choose", findings);
        browser.findElement(By.id("newPassword")).sendKeys("fenna kiest iets nieuws");
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=reset-choose-form] button")));

        String notice = waitFor(By.cssSelector("[data-testid=reset-done]")).getText();
        assertTrue(notice.contains("Je wachtwoord is gewijzigd"), notice);
        check("signed-out", findings);
        browser.findElement(By.name("username")).sendKeys(person.username());
        browser.findElement(By.name("password")).sendKeys("fenna kiest iets nieuws");
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=login-form] button[type=submit]")));
        waitFor(By.cssSelector("[data-testid=nav]"));
        assertEquals(List.of(), findings);
    }

    private void open(String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void check(String page, List<String> findings) {
        String name = "password-reset-" + page;
        Browser.screenshot(browser, name);
        Axe.violations(browser).forEach(v -> findings.add(name + ": " + v));
        Browser.consoleErrors(browser).forEach(e -> findings.add(name + ": console " + e));
    }
}
