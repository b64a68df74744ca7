package nl.relay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Axe;
import nl.relay.testing.Browser;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * In Chromium: an admin opens the insight page after twelve weeks of talk in a recruitment office (written with the
 * clock set back week by week); the charts and tables show, axe-core finds nothing, and the page is saved as
 * target/screenshots/readme-insight.png (the README's docs/insight.png).
 */
@QuarkusTest
class InsightBrowserTest extends BrowserPages {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<String> NOTES = List.of(
            "Goede week voor #zorg: drie verpleegkundigen geplaatst bij het ziekenhuis in Zwolle.",
            "Wie heeft er nog een kandidaat voor de vacature #ict beheerder in Apeldoorn?",
            "Klantbezoek bij de gemeente gehad, ze willen volgend kwartaal twaalf #tijdelijk krachten.",
            "Tip voor het intakegesprek: vraag naar wat iemand in het vorige werk miste. #werving",
            "De logistiek in Venlo trekt weer aan, heftruckchauffeurs zijn schaars. #logistiek",
            "Nieuwe cao in de bouw: let op de reiskostenregeling in offertes. #bouw");
    private static final List<String> REPLIES = List.of("Mooi resultaat, gefeliciteerd!",
            "Ik heb iemand, ik stuur je het profiel.", "Goed om te weten, dank voor het delen.",
            "Zullen we dit donderdag in het teamoverleg bespreken?");

    @Inject
    TestClock clock;

    @Test
    void anAdminSeesTwelveWeeksOfInsight() {
        Person admin = People.named("Mirjam Hoekstra", "admin");
        List<Person> team = List.of(People.named("Sanne de Wit"), People.named("Joost Kramer"),
                People.named("Fatima el Amrani"), People.named("Pieter van Dam"), People.named("Lotte Brouwer"),
                People.named("Ruben Smits"));
        long group = Groups.create(team.get(0), "Team Oost " + System.nanoTime(), "private");
        team.subList(1, 4).forEach(member -> Groups.add(team.get(0), group, member));
        LocalDate thisMonday = LocalDate.now(AMSTERDAM).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        clock.stop();
        try {
            for (int week = 11; week >= 1; week--) {
                clock.advance(Duration.between(clock.instant(),
                        thisMonday.minusWeeks(week).atTime(9, 0).atZone(AMSTERDAM).toInstant()));
                oneWeek(team, group, 11 - week);
            }
        } finally {
            clock.resume();
        }

        startSignedOut(new Dimension(1280, 1500));
        signIn(admin);
        open("/admin/insight");
        waitFor(By.cssSelector("[data-testid=chart-posts]"));
        assertEquals(4, browser.findElements(By.cssSelector("svg.chart")).size());
        assertTrue(browser.findElement(By.cssSelector("[data-testid=table-activity]")).getText()
                .contains("Totaal"));
        assertEquals(List.of(), Axe.violations(browser), "the insight page");
        Browser.screenshot(browser, "readme-insight");
        assertEquals(List.of(), Browser.consoleErrors(browser));
    }

    /** A week of posts, replies, a must-read memo to four colleagues with some receipts, and a group post. */
    private void oneWeek(List<Person> team, long group, int n) {
        for (int i = 0; i < 3 + n % 4 + n / 3; i++) {
            Person author = team.get((n + i) % team.size());
            long post = Posts.publish(author, NOTES.get((n + i) % NOTES.size()));
            clock.advance(Duration.ofMinutes(40));
            if (i % 2 == 0) {
                Posts.reply(team.get((n + i + 1) % team.size()), post, REPLIES.get((n + i) % REPLIES.size()));
                Api.as(team.get((n + i + 2) % team.size())).put("/api/posts/" + post + "/like").then()
                        .statusCode(204);
            }
            clock.advance(Duration.ofHours(3));
        }
        Person boss = team.get(n % team.size());
        List<Person> addressed = team.stream().filter(p -> p != boss).limit(4).toList();
        StringBuilder memo = new StringBuilder();
        addressed.forEach(p -> memo.append('@').append(p.username()).append(' '));
        long memoId = Posts.publish(boss, memo + "graag vóór vrijdag de nieuwe werkwijze voor referenties lezen.");
        for (int i = 0; i < addressed.size() - n % 3; i++) {
            clock.advance(Duration.ofMinutes(50 + 30L * i));
            Api.as(addressed.get(i)).post("/api/posts/" + memoId + "/ack").then().statusCode(204);
        }
        long question = Posts.publish(team.get((n + 3) % team.size()),
                "Weet iemand hoe lang een VOG-aanvraag nu duurt?", Map.of("kind", "question"));
        clock.advance(Duration.ofHours(1 + n % 5));
        Posts.reply(team.get((n + 4) % team.size()), question, "Bij ons was het vorige maand vier weken.");
        long teamPost = Posts.publish(team.get(0), "Planning voor de open dag staat in de gedeelde map.",
                Map.of("groupId", group));
        Posts.reply(team.get(1), teamPost, "Ik neem de ochtend.");
    }
}
