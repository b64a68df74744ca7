package nl.relay.community.insight;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.TestClock;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * The admins' insight counts exactly what happened in a period: the clock is set back to a week of its own in the
 * past, where only this test writes, so the counts are exact however full the shared database is.
 */
@QuarkusTest
class InsightTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    TestClock clock;

    @Test
    void onlyAdminsReadTheInsight() {
        Person employee = People.employee();
        Api.as(employee).get("/api/admin/insight").then().statusCode(403);
        Api.as(employee).accept("text/csv").get("/api/admin/insight/activity.csv").then().statusCode(403);
        Api.as(People.recruiter()).get("/api/admin/insight").then().statusCode(403);
        Api.as(People.admin()).get("/api/admin/insight").then().statusCode(200)
                .body("weeks.size()", equalTo(12)).body("timeZone", equalTo("Europe/Amsterdam"));
    }

    @Test
    void aPeriodThatIsNoneIsRefused() {
        Person admin = People.admin();
        Api.as(admin).queryParam("from", "gisteren").get("/api/admin/insight").then().statusCode(422)
                .body("errors.field", hasItem("from"));
        Api.as(admin).queryParam("from", "2025-03-10").queryParam("to", "2025-03-09").get("/api/admin/insight")
                .then().statusCode(422).body("errors.field", hasItem("to"));
        Api.as(admin).queryParam("from", "2022-01-01").queryParam("to", "2024-01-03").get("/api/admin/insight")
                .then().statusCode(422).body("errors.field", hasItem("to"));
        Api.as(admin).accept("text/csv").queryParam("to", "2025-02-30").get("/api/admin/insight/topics.csv").then()
                .statusCode(422);
        Api.as(admin).accept("text/csv").get("/api/admin/insight/salaries.csv").then().statusCode(404);
        // Days at the edge of what Java can count are refused, not overflowed.
        for (String edge : List.of("+999999999-12-31", "-999999999-01-01", "0001-01-01")) {
            Api.as(admin).queryParam("to", edge).get("/api/admin/insight").then().statusCode(422);
            Api.as(admin).queryParam("from", edge).get("/api/admin/insight").then().statusCode(422);
            Api.as(admin).queryParam("to", edge).get("/api/leaderboard").then().statusCode(422);
            Api.as(admin).queryParam("from", edge).get("/api/leaderboard").then().statusCode(422);
            Api.as(admin).queryParam("from", edge).get("/api/search").then().statusCode(422);
        }
        // Exactly two years is allowed, and the period widens to whole weeks: Monday to Sunday.
        Api.as(admin).queryParam("from", "2023-01-04").queryParam("to", "2025-01-04").get("/api/admin/insight")
                .then().statusCode(200).body("from", equalTo("2023-01-02")).body("to", equalTo("2025-01-05"));
    }

    @Test
    void theInsightCountsAControlledWeekExactlyAndShowsNothingOfPrivateGroups() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        Person admin = People.admin();
        String adminCookie = Pages.cookie(admin);
        Person anna = People.named("Anna de Vries");
        Person bram = People.named("Bram Jansen");
        Person cor = People.named("Cor Bakker");
        Person dewi = People.named("Dewi Smit");
        Person eva = People.named("Eva Visser");
        Person fenna = People.named("Fenna Mulder");
        Person recruiter = People.recruiter();
        long client = ((Number) Api.as(recruiter).body(Map.of("name", "=SOM(1;2) \"Zeppelin, Werf\" " + tag,
                "aliases", List.of(), "sectorCode", "agriculture")).post("/api/clients").then().statusCode(201)
                .extract().path("id")).longValue();
        long alert = Alerts.create(fenna, "zeppelinwerf" + tag);
        long privateGroup = Groups.create(dewi, "Vertrouwelijk overleg " + tag, "private");
        Groups.add(dewi, privateGroup, eva);

        LocalDate monday = LocalDate.of(2003, 1, 6).plusWeeks(Math.floorMod(System.nanoTime(), 900));
        clock.stop();
        try {
            clock.advance(Duration.between(clock.instant(), monday.atTime(10, 0).atZone(AMSTERDAM).toInstant()));
            // A question, the asker's own reply (no answer), and the first answer three hours after asking.
            long question = Posts.publish(anna, "Wie kent een goede #payroll" + tag + " specialist in Utrecht?",
                    Map.of("kind", "question"));
            clock.advance(Duration.ofHours(2));
            Posts.reply(anna, question, "Het mag ook iemand met ervaring in de zorg zijn.");
            clock.advance(Duration.ofHours(1));
            Posts.reply(bram, question, "Ja, Marloes van ons kantoor in Amersfoort, ik stuur je haar gegevens.");
            // Four addressees: must-read for each, and a mail saved with four recipients, as is the reply-all.
            long memo = Posts.publish(anna, "@" + bram.username() + " @" + cor.username() + " @" + dewi.username()
                    + " @" + eva.username() + " graag voor vrijdag de planning voor #overleg" + tag + " doorlezen.");
            clock.advance(Duration.ofMinutes(30));
            Posts.reply(cor, memo, "Gelezen, ik neem de cijfers van het noorden mee.");
            clock.advance(Duration.ofMinutes(30));
            Api.as(bram).post("/api/posts/" + memo + "/ack").then().statusCode(204);
            clock.advance(Duration.ofHours(1));
            Api.as(cor).post("/api/posts/" + memo + "/ack").then().statusCode(204);
            // A private group's post and its reply: counted, never shown.
            long secret = Posts.publish(dewi, "Reorganisatie bij de klant, nog niet delen #geheim" + tag,
                    Map.of("groupId", privateGroup));
            Posts.reply(eva, secret, "Begrepen, ik zeg niets.");
            // A post about the client that an alert matches.
            long vacancyNews = Posts.publish(anna, "Zeppelinwerf" + tag + " zoekt een #payroll" + tag
                    + " medewerker.", Map.of("clientId", client));
            Api.as(fenna).put("/api/posts/" + question + "/like").then().statusCode(204);
            // The next week: three addressees are not more than three, so no mail saved.
            clock.advance(Duration.ofDays(7));
            long next = Posts.publish(bram, "@" + cor.username() + " @" + dewi.username() + " @" + eva.username()
                    + " kort overleg om tien uur.");
            Api.as(anna).put("/api/posts/" + next + "/like").then().statusCode(204);

            waitForMustRead(memo, bram, cor, dewi, eva);
            waitForMustRead(next, cor, dewi, eva);
            Wait.until(() -> Alerts.matches(fenna, alert).contains(vacancyNews));
        } finally {
            clock.resume();
        }

        JsonPath insight = Api.as(admin).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(8).toString()).get("/api/admin/insight").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(monday.toString(), insight.getString("from"));
        assertEquals(monday.plusDays(13).toString(), insight.getString("to"));
        assertEquals(2, insight.getList("weeks").size());
        assertEquals(ReadInsight.isoWeek(monday), insight.getString("weeks[0].week"));

        Map<String, Object> first = insight.getMap("weeks[0].figures");
        assertEquals(4, first.get("posts"), "question, memo, the private post and the client's post");
        assertEquals(4, first.get("replies"));
        assertEquals(6, first.get("activePeople"), "Anna, Bram, Cor, Dewi, Eva and Fenna (who only liked)");
        assertEquals(4, first.get("mustReadAddressed"));
        assertEquals(2, first.get("mustReadAcknowledged"));
        assertEquals(0.5, ((Number) first.get("mustReadAcknowledgedShare")).doubleValue(), 1e-6);
        assertEquals(5400, first.get("medianSecondsToAcknowledge"), "the median of one and two hours");
        assertEquals(1, first.get("questions"));
        assertEquals(1, first.get("questionsAnswered"));
        assertEquals(10800, first.get("medianSecondsToFirstAnswer"), "Bram's answer, not Anna's own reply");
        assertEquals(4, first.get("mailsSaved"), "the memo and its reply, the group post and its reply");
        assertEquals(10, first.get("mailRecipientsSaved"), "4 + 4 for the memo's thread, 1 + 1 for the group's");

        Map<String, Object> second = insight.getMap("weeks[1].figures");
        assertEquals(1, second.get("posts"));
        assertEquals(0, second.get("replies"));
        assertEquals(2, second.get("activePeople"), "Bram wrote, Anna liked");
        assertEquals(3, second.get("mustReadAddressed"));
        assertEquals(0, second.get("mustReadAcknowledged"));
        assertNull(second.get("medianSecondsToAcknowledge"));
        assertEquals(0, second.get("mailsSaved"));
        assertNull(second.get("medianSecondsToFirstAnswer"));

        Map<String, Object> total = insight.getMap("total");
        assertEquals(5, total.get("posts"));
        assertEquals(6, total.get("activePeople"), "each person once, however many weeks");
        assertEquals(7, total.get("mustReadAddressed"));
        assertEquals(2.0 / 7, ((Number) total.get("mustReadAcknowledgedShare")).doubleValue(), 1e-6);
        assertEquals(4, total.get("mailsSaved"));
        assertEquals(10, total.get("mailRecipientsSaved"));

        assertEquals(List.of("payroll" + tag, "overleg" + tag), insight.getList("topics.topic"),
                "most posts first; the private group's topic never");
        assertEquals(List.of(2, 1), insight.getList("topics.posts"));
        assertEquals(List.of(client), insight.getList("clients.clientId", Number.class).stream()
                .map(Number::longValue).toList());
        assertTrue(insight.getInt("clients[0].matches") >= 1);
        assertTrue(insight.getList("sectors.code").contains("agriculture"), "the client's sector");

        String json = insight.prettify();
        String page = Pages.page(adminCookie).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(8).toString()).get("/admin/insight").then().statusCode(200)
                .extract().asString();
        List<String> shownEverywhere = new java.util.ArrayList<>(List.of(json, page));
        for (String table : List.of("activity", "must-read", "questions", "mail-saved", "clients", "sectors",
                "topics")) {
            shownEverywhere.add(Api.as(admin).accept("text/csv").queryParam("from", monday.toString())
                    .queryParam("to", monday.plusDays(8).toString()).get("/api/admin/insight/" + table + ".csv")
                    .then().statusCode(200).extract().asString());
        }
        assertTrue(shownEverywhere.get(2).contains(ReadInsight.isoWeek(monday) + "," + monday + ",4,4,6"),
                "the activity CSV counts the private group's post and reply: " + shownEverywhere.get(2));
        for (String shown : shownEverywhere) {
            assertFalse(shown.contains("Reorganisatie"), "no private post's text");
            assertFalse(shown.contains("Vertrouwelijk overleg"), "no private group's name");
            assertFalse(shown.contains("geheim" + tag), "no topic only a private group uses");
            assertFalse(shown.contains(anna.username()) || shown.contains("Anna de Vries"), "nobody is named");
        }
        assertTrue(page.contains("#payroll" + tag), page);

        // The clients table as CSV: quoted where needed, and the formula defused.
        String csv = Api.as(admin).accept("text/csv").queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(8).toString()).get("/api/admin/insight/clients.csv").then()
                .statusCode(200).header("Content-Disposition", containsString("attachment; filename=\"relay-insight-"
                        + "clients-" + monday + "-" + monday.plusDays(13) + ".csv\""))
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("client_id,client,alert_matches\r\n"), csv);
        assertTrue(csv.contains(client + ",\"'=SOM(1;2) \"\"Zeppelin, Werf\"\" " + tag + "\","), csv);
        String weekly = Api.as(admin).accept("text/csv").queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(8).toString()).get("/api/admin/insight/mail-saved.csv").then()
                .statusCode(200).extract().asString();
        assertEquals("week,monday,mails_saved,recipients_saved\r\n" + ReadInsight.isoWeek(monday) + "," + monday
                + ",4,10\r\n" + ReadInsight.isoWeek(monday.plusWeeks(1)) + "," + monday.plusWeeks(1) + ",0,0\r\n",
                weekly);
    }

    private static void waitForMustRead(long post, Person... addressees) {
        for (Person addressee : addressees) {
            Wait.until(() -> Api.as(addressee).get("/api/notifications?limit=100").then().statusCode(200).extract()
                    .jsonPath().getList("items", Map.class).stream()
                    .anyMatch(n -> "mention".equals(n.get("type")) && n.get("post") != null
                            && ((Number) ((Map<?, ?>) n.get("post")).get("id")).longValue() == post));
        }
    }
}
