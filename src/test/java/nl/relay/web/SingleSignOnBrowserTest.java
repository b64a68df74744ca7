package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import nl.relay.testing.Api;
import nl.relay.testing.Browser;
import nl.relay.testing.IdentityProvider;
import nl.relay.testing.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in through the company's identity provider in Chromium: Relay's button, the provider's own sign-in form
 * (Relay never sees a password), back in Relay signed in with the account made at that moment; signing out leaves
 * through the provider's sign-out.
 */
@QuarkusTest
class SingleSignOnBrowserTest extends BrowserPages {

    @Test
    void anEmployeeSignsInWithTheCompanyAccountAndIsCreatedWithTheirRoles() {
        startSignedOut(DESKTOP);
        String email = "sanne." + People.uniqueUsername() + "@bedrijf.nl";

        Browser.click(browser, waitFor(By.cssSelector("[data-testid=sso-sign-in]")));
        waitUntil(() -> browser.getCurrentUrl().startsWith(IdentityProvider.issuer()));
        browser.findElement(By.name("username")).sendKeys("entra-object-id-" + email);
        browser.findElement(By.name("claims")).sendKeys("{\"email\": \"" + email + "\", \"name\": \"Sanne Willems\","
                + " \"groups\": [\"" + IdentityProvider.RECRUITER_GROUP + "\"]}");
        Browser.screenshot(browser, "sso-provider-form");
        Browser.click(browser, browser.findElement(By.cssSelector("input[type=submit]")));

        waitFor(By.cssSelector("[data-testid=nav]"));
        waitForPath("/");
        String username = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> nl.relay.accounts.Account.<nl.relay.accounts.Account>find("email", email).firstResult().username);
        open("/people?q=" + username);
        waitUntil(() -> browser.getPageSource().contains("Sanne Willems"));
        Api.as(People.adminToken()).get("/api/accounts/" + username).then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.containsInAnyOrder("recruiter", "employee"));

        browser.findElement(By.cssSelector("[data-testid=nav-menu] summary")).click();
        Browser.click(browser, waitFor(By.cssSelector("form[action='/logout'] button")));
        waitForPath("/login");
        assertEquals(0, browser.findElements(By.cssSelector("[data-testid=nav]")).size());
    }
}
