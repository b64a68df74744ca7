package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Managing a group in Chromium at 1280 and 390 px: the owner opens Manage from the group page, picks a
 * colleague by typing part of their name in the combobox (arrow down, Enter), adds them, and admits a
 * join request; leaving is a quiet, confirmed action that tells the last owner why it cannot be done.
 */
@QuarkusTest
class GroupAdminBrowserTest extends BrowserPages {

    @BeforeEach
    void signedOut() {
        startSignedOut(DESKTOP);
        Browser.consoleErrors(browser);
    }

    @Test
    void theOwnerManagesTheGroupPicksAColleagueByNameAndAdmitsARequest() throws IOException {
        Person owner = People.employee();
        signIn(owner);
        List<String> findings = new ArrayList<>();
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(size);
            String suffix = size == PHONE ? "-390px" : "";
            long group = Groups.create(owner, "Team Zuid " + People.uniqueUsername(), "private");
            Person colleague = People.employee();
            String surname = "Zonnebloem" + letters(People.uniqueUsername());
            Api.as(People.admin()).body(Map.of("displayName", "Marieke " + surname))
                    .patch("/api/accounts/" + colleague.username()).then().statusCode(200);
            Person asker = People.employee();
            Api.as(asker).put("/api/groups/" + group + "/members/me").then().statusCode(202);

            open("/groups/" + group);
            WebElement membership = browser.findElement(By.cssSelector("[data-testid=membership]"));
            assertTrue(membership.findElements(By.cssSelector("button")).stream().noneMatch(WebElement::isDisplayed),
                    "no primary button to leave: " + membership.getText());
            click(By.cssSelector("[data-testid=leave-group] summary"));
            waitFor(By.cssSelector("[data-testid=last-owner]"));
            check("group-owner" + suffix, findings);
            click(By.cssSelector("[data-testid=manage-group]"));
            waitForPath("/groups/" + group + "/admin");
            check("group-admin" + suffix, findings);

            WebElement field = browser.findElement(By.id("member"));
            field.sendKeys(surname.substring(0, surname.length() - 2));
            WebElement option = waitFor(By.cssSelector("[data-testid=member-suggestions] [role=option]"));
            assertTrue(option.getText().contains("Marieke " + surname) && option.getText()
                    .contains("@" + colleague.username()), option.getText());
            assertEquals("true", field.getDomAttribute("aria-expanded"));
            Browser.screenshot(browser, "group-admin-suggestions" + suffix);
            assertEquals(List.of(), Axe.violations(browser));
            field.sendKeys(Keys.ARROW_DOWN);
            assertEquals(option.getDomAttribute("id"), field.getDomAttribute("aria-activedescendant"));
            field.sendKeys(Keys.ENTER);
            assertEquals(colleague.username(), field.getDomProperty("value"));
            field.sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid=members]"), "Marieke " + surname));

            click(By.cssSelector("form[action='/groups/" + group + "/admin/requests/" + asker.username()
                    + "/approve'] button"));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid=members]"), "@" + asker.username()));
            check("group-admin-after" + suffix, findings);
            Api.as(owner).get("/api/groups/" + group + "/members").then().statusCode(200)
                    .body("username", org.hamcrest.Matchers.hasItems(colleague.username(), asker.username()));

            // Without a pick, a name two people share is refused with both to choose from.
            Api.as(People.admin()).body(Map.of("displayName", "Marieke " + surname))
                    .patch("/api/accounts/" + People.employee().username()).then().statusCode(200);
            field = browser.findElement(By.id("member"));
            field.sendKeys("Marieke " + surname);
            field.sendKeys(Keys.ESCAPE);
            click(By.cssSelector("[data-testid=add-member-form] > button[type=submit]"));
            WebElement candidates = waitFor(By.cssSelector("[data-testid=member-candidates]"));
            assertEquals(2, candidates.findElements(By.tagName("button")).size());
            // The refused form's 422 is the one thing the console reports (as Chromium does for any 4xx page).
            List<String> console = Browser.consoleErrors(browser);
            assertTrue(console.stream().allMatch(line -> line.contains("/admin/members - Failed to load resource")
                    && line.contains("status of 422")), console.toString());
            check("group-admin-candidates" + suffix, findings);
        }
        assertEquals(List.of(), findings);
    }

    /** Clicks what a person would see: scrolled to the middle, clear of the phone's navigation bar. */
    private void click(By locator) {
        WebElement element = browser.findElement(locator);
        browser.executeScript("arguments[0].scrollIntoView({ block: 'center' });", element);
        element.click();
    }

    /** A unique name in letters only: the digits of a unique username spelled as a to j. */
    private static String letters(String unique) {
        StringBuilder name = new StringBuilder();
        unique.chars().filter(Character::isDigit).forEach(digit -> name.append((char) ('a' + digit - '0')));
        return name.toString();
    }

    private void check(String name, List<String> findings) throws IOException {
        Browser.screenshot(browser, name);
        Object found = BrowserTest.runPageChecks(browser);
        assertTrue(found instanceof List<?>, "the page checks ran: " + found);
        ((List<?>) found).forEach(finding -> findings.add(name + ": " + finding));
        Axe.violations(browser).forEach(violation -> findings.add(name + ": axe " + violation));
        Browser.consoleErrors(browser).forEach(error -> findings.add(name + ": console " + error));
    }
}
