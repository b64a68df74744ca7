package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium: someone of communications opens the announcement form from the menu, writes to one of their groups
 * and lands on the announcement's thread. axe-core finds nothing on the form.
 */
@QuarkusTest
class AnnouncementBrowserTest extends BrowserPages {

    @Test
    void communicationsAnnouncesToAGroupFromTheMenu() {
        Person comms = People.withRoles("employee", "communications");
        String name = "Vestiging Zwolle " + System.nanoTime();
        long group = Groups.create(comms, name, "public");

        startSignedOut(DESKTOP);
        signIn(comms);
        open("/");
        waitUntil(() -> !browser.findElements(By.cssSelector("[data-testid=nav-announce]")).isEmpty());
        String link = browser.findElement(By.cssSelector("[data-testid=nav-announce]")).getDomAttribute("href");
        assertEquals("/announcements/new", link);
        open(link);
        waitFor(By.cssSelector("[data-testid=announcement-form]"));
        check("announcement-form");
        browser.findElement(By.id("announcement-body")).sendKeys("Maandag is de vestiging in Zwolle gesloten.");
        new Select(browser.findElement(By.id("announcement-group"))).selectByVisibleText(name);
        Browser.click(browser, browser.findElement(By.cssSelector("[data-testid=send-announcement]")));
        waitUntil(() -> browser.getCurrentUrl().matches(".*/posts/\\d+$"));
        long post = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/posts/(\\d+)$", "$1"));
        Api.as(comms).get("/api/posts/" + post).then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.equalTo("announcement"))
                .body("group.id", org.hamcrest.Matchers.equalTo((int) group));
        assertTrue(browser.getPageSource().contains("Maandag is de vestiging in Zwolle gesloten."));
    }

    private void check(String name) {
        Browser.screenshot(browser, name);
        assertEquals(List.of(), Axe.violations(browser), name);
        assertEquals(List.of(), Browser.consoleErrors(browser), name);
    }
}
