package nl.relay.web;

import static io.restassured.RestAssured.given;
import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.accounts.Account;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** The notifications page, acknowledging, receipts on my addressed post, the badge, email preferences. */
@QuarkusTest
class NotificationPagesTest {

    private static final Pattern SENTENCE = Pattern.compile(
            "<span class=\"sentence\" data-testid=\"notice-sentence\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern IDS = Pattern.compile("data-ids=\"([0-9 ]+)\"");
    private static final Pattern NEXT = Pattern.compile("href=\"/notifications\\?cursor=([^\"]+)\"");

    @Inject
    OutboxWorker outbox;

    @Inject
    WriteNotifications writeNotifications;

    @Test
    void mustReadComesFirstAndIsAcknowledgedFromThePage() {
        Person author = People.employee();
        Person me = People.employee();
        long post = Posts.publish(author, "Nieuwe werkwijze voor het intakegesprek, @" + me.username()
                + " lees dit voor maandag.");
        outbox.drain();
        String cookie = cookie(me);
        page(cookie).get("/").then().body(containsString("data-testid=\"unread-count\""))
                .body(containsString(">1</span>"));
        page(cookie).get("/notifications").then().statusCode(200)
                .body(containsString("data-testid=\"must-read\"")).body(containsString("intakegesprek"))
                .body(containsString("action=\"/notifications/ack/" + post + "\""));
        form(cookie).post("/notifications/ack/" + post).then().statusCode(303);
        page(cookie).get("/notifications").then().body(not(containsString("data-testid=\"must-read\"")))
                .body(containsString(">Bevestigd<"));
        Api.as(author).get("/api/posts/" + post + "/receipts").then()
                .body("[0].acknowledgedAt", notNullValue()).body("[0].readAt", notNullValue());
        String authorCookie = cookie(author);
        page(authorCookie).get("/posts/" + post).then().body(containsString("data-testid=\"receipts\""))
                .body(containsString(me.username()));
        page(cookie).get("/posts/" + post).then().body(not(containsString("data-testid=\"receipts\"")));
        form(cookie(People.employee())).post("/notifications/ack/" + post).then().statusCode(403);
        form(cookie).post("/notifications/ack/abc").then().statusCode(404);
    }

    @Test
    void openingTheThreadMarksItReadAndReadAllClearsTheRest() {
        Person author = People.employee();
        Person me = People.employee();
        long first = Posts.publish(author, "Eerste voor @" + me.username());
        Posts.publish(author, "Tweede voor @" + me.username());
        outbox.drain();
        String cookie = cookie(me);
        page(cookie).get("/posts/" + first).then().statusCode(200).body(containsString("data-testid=\"ack-form\""));
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(1));
        form(cookie).post("/notifications/read-all").then().statusCode(303);
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(0));
        form(cookie).post("/notifications/999999999/read").then().statusCode(404);
    }

    @Test
    void emailPreferencesAreChosenInTheSettings() {
        Person me = People.employee();
        String cookie = cookie(me);
        page(cookie).get("/settings").then().body(containsString("value=\"instant\" checked"));
        form(cookie).formParam("email", "digest").formParam("digest", "weekly").post("/settings/email").then()
                .statusCode(303);
        Api.as(me).get("/api/me/preferences").then().body("email", equalTo("digest")).body("digest", equalTo("weekly"));
        page(cookie).get("/settings").then().body(containsString("value=\"digest\" checked"))
                .body(containsString("value=\"weekly\" checked"));
        form(cookie).formParam("email", "soms").post("/settings/email").then().statusCode(422);
    }

    @Test
    void eachNotificationIsShownOnceAndThoseAboutOnePostAreOneEntry() {
        Person me = People.employee();
        Person sanne = People.employee();
        Person piet = People.employee();
        Person kees = People.employee();
        long alert = Alerts.create(me, "Zonnepaneelkoers", Map.of("name", "Zonnepanelen"));
        long mustRead = Posts.publish(sanne, "Zonnepaneelkoers en intake gewijzigd, @" + me.username()
                + " lees dit voor maandag.");
        long mine = Posts.publish(me, "Wie neemt de vacature bij de bakker over?");
        Posts.reply(sanne, mine, "Ik kan dinsdag.");
        Posts.reply(piet, mine, "Ik ook.");
        Posts.reply(kees, mine, "Ik niet.");
        outbox.drain();
        Wait.until(() -> !Alerts.notices(me, mustRead).isEmpty());
        String cookie = cookie(me);

        // Awaiting acknowledgement: one line on top, and nothing about that post in the list below.
        String page = page(cookie).get("/notifications").then().statusCode(200).extract().asString();
        String top = between(page, "data-testid=\"must-read\"", "data-testid=\"notification-list\"");
        String list = page.substring(page.indexOf("data-testid=\"notification-list\""));
        assertEquals(1, count(top, "data-testid=\"must-read-item\""), top);
        assertEquals(1, count(page, "action=\"/notifications/ack/" + mustRead + "\""));
        assertEquals(1, count(page, "intake gewijzigd"), "the post once, on top");
        assertEquals(List.of("Test " + sanne.username() + " noemde je in een bericht dat je moet lezen"),
                sentences(top));
        assertFalse(list.contains("/posts/" + mustRead + "\""), "not again in the list");
        // Three replies to my post: one entry, one sentence, my post quoted once, not as a whole card.
        assertEquals(List.of("Test " + kees.username() + " en 2 anderen reageerden op je bericht"), sentences(list));
        assertEquals(1, count(page, "Wie neemt de vacature bij de bakker over?"));
        assertFalse(page.contains("data-testid=\"post\""), "no post cards on the page");
        assertEquals(3, IDS.matcher(list).results().findFirst().orElseThrow().group(1).split(" ").length);

        // Acknowledged, the mention and the alert's match are one entry in the list: two sentences, one post.
        form(cookie).formParam("back", "/notifications").post("/notifications/ack/" + mustRead).then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/notifications"));
        page = page(cookie).get("/notifications").then().extract().asString();
        assertFalse(page.contains("data-testid=\"must-read\""));
        assertEquals(1, count(page, "intake gewijzigd"));
        List<List<String>> entries = entries(page);
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.contains(List.of("Test " + kees.username() + " en 2 anderen reageerden op je bericht")));
        assertTrue(entries.stream().anyMatch(e -> e.size() == 2
                && e.contains("Test " + sanne.username() + " noemde je in een bericht dat je moet lezen")
                && e.contains("Je alert ‘Zonnepanelen’ vond een bericht van Test " + sanne.username())), entries
                        .toString());
        assertTrue(page.contains("href=\"/alerts/" + alert + "\""), "the alert's matches are one click away");
        assertEquals(1, count(page, ">Bevestigd<"));
    }

    @Test
    void everyKindOfNotificationReadsAsASentenceInDutchAndInEnglish() {
        Person me = People.employee();
        Person sanne = People.employee();
        Person joiner = People.employee();
        Person other = People.employee();
        String sanneName = "Sanne <b>de</b> Vries";
        Api.as(People.adminToken()).contentType("application/json").body(Map.of("displayName", sanneName))
                .patch("/api/accounts/" + sanne.username()).then().statusCode(200);
        long alert = Alerts.create(me, "Heijnkoers", Map.of("name", "Albert Heijn"));
        long addressed = Posts.publish(sanne, "Heijnkoers: de nieuwe tarieven, @" + me.username() + " lees dit.");
        long theirs = Posts.publish(other, "Een gesprek over de planning.");
        Posts.reply(me, theirs, "Ik doe mee.");
        Posts.reply(sanne, theirs, "Ik ook.");
        long group = Groups.create(me, "Team " + me.username(), "private");
        Api.as(joiner).put("/api/groups/" + group + "/members/me").then().statusCode(202);
        long theirGroup = Groups.create(sanne, "Club " + me.username(), "public");
        Groups.add(sanne, theirGroup, me);
        outbox.drain();
        Wait.until(() -> !Alerts.notices(me, addressed).isEmpty());
        long meId = accountId(me);
        long sanneId = accountId(sanne);
        QuarkusTransaction.requiringNew().run(() -> writeNotifications.write(List.of(
                NewNotification.reminder(meId, addressed, sanneId), NewNotification.alertSummary(meId, alert, 3))));
        String cookie = cookie(me);
        form(cookie).post("/notifications/ack/" + addressed).then().statusCode(303);

        String escaped = "Sanne &lt;b&gt;de&lt;/b&gt; Vries";
        String dutch = page(cookie).get("/notifications").then().statusCode(200).extract().asString();
        assertFalse(dutch.contains("<b>de</b>") || dutch.contains("&amp;lt;"), "names escaped, once");
        assertEquals(Set.of(
                "Je alert ‘Albert Heijn’ vond 3 nieuwe berichten",
                escaped + " heeft je toegelaten tot Club " + me.username(),
                "Test " + joiner.username() + " vraagt om lid te worden van Team " + me.username(),
                escaped + " reageerde in een gesprek waar je aan meedoet",
                "Herinnering: " + escaped + " vraagt je dit bericht te lezen",
                escaped + " noemde je in een bericht dat je moet lezen",
                "Je alert ‘Albert Heijn’ vond een bericht van " + escaped), Set.copyOf(sentences(dutch)));
        assertEquals(7, sentences(dutch).size());
        assertEquals(5, entries(dutch).size(), "the mention, its reminder and the alert's match are one entry");

        String english = page(cookie).cookie(RequestLanguage.COOKIE, "en").get("/notifications").then()
                .statusCode(200).extract().asString();
        assertEquals(Set.of(
                "Your alert ‘Albert Heijn’ found 3 new posts",
                escaped + " admitted you to Club " + me.username(),
                "Test " + joiner.username() + " asks to join Team " + me.username(),
                escaped + " replied in a conversation you take part in",
                "Reminder: " + escaped + " asks you to read this post",
                escaped + " mentioned you in a post you must read",
                "Your alert ‘Albert Heijn’ found a post by " + escaped), Set.copyOf(sentences(english)));
        assertTrue(english.contains(">Acknowledged<"));
    }

    @Test
    void pagingGroupsWithinAPageAndNeverLosesOrRepeatsANotification() {
        Person me = People.employee();
        long mine = Posts.publish(me, "Een vraag aan iedereen.");
        List<Person> colleagues = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Person colleague = People.employee();
            colleagues.add(colleague);
            Posts.reply(colleague, mine, "Antwoord " + i);
            Posts.publish(colleague, "Losse vraag " + i + " aan @" + me.username());
        }
        outbox.drain();
        String cookie = cookie(me);
        // Acknowledge half of the must-read posts: those join the list, the rest stay on top.
        List<Map<String, Object>> all = Api.as(me).get("/api/notifications?limit=100").then().extract().jsonPath()
                .getList("items");
        assertEquals(50, all.size());
        Set<Long> expected = new HashSet<>();
        int acknowledged = 0;
        for (Map<String, Object> n : all) {
            long id = ((Number) n.get("id")).longValue();
            if ("mention".equals(n.get("type"))) {
                if (acknowledged++ % 2 == 0) {
                    form(cookie).post("/notifications/ack/" + ((Map<?, ?>) n.get("post")).get("id")).then()
                            .statusCode(303);
                    expected.add(id);
                }
            } else {
                expected.add(id);
            }
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String page = page(cookie).get("/notifications" + (cursor == null ? "" : "?cursor=" + cursor)).then()
                    .statusCode(200).extract().asString();
            String list = page.substring(page.indexOf("data-testid=\"notification-list\""));
            IDS.matcher(list).results().forEach(m -> {
                for (String id : m.group(1).split(" ")) {
                    seen.add(Long.parseLong(id));
                }
            });
            Matcher next = NEXT.matcher(list);
            cursor = next.find() ? next.group(1) : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no notification twice");
        assertEquals(expected, new HashSet<>(seen), "every notification once, but those awaiting acknowledgement");
        assertEquals(2, pages);
    }

    @Test
    void formsReturnOnlyToAPathOnThisSite() {
        Person author = People.employee();
        Person me = People.employee();
        long post = Posts.publish(author, "Lees dit, @" + me.username() + ".");
        outbox.drain();
        String cookie = cookie(me);
        long notification = ((Number) Api.as(me).get("/api/notifications").then().extract().path("items[0].id"))
                .longValue();
        for (String elsewhere : new String[]{"//evil.example", "https://evil.example", "/\\evil", "evil",
                "/\tx", "javascript:alert(1)", ""}) {
            form(cookie).formParam("back", elsewhere).post("/notifications/" + notification + "/read").then()
                    .statusCode(303)
                    .header("Location", org.hamcrest.Matchers.matchesPattern("https?://[^/]+/notifications"));
            form(cookie).formParam("back", elsewhere).post("/notifications/read-all").then()
                    .statusCode(303)
                    .header("Location", org.hamcrest.Matchers.matchesPattern("https?://[^/]+/notifications"));
        }
        form(cookie).formParam("back", "/notifications?cursor=abc").post("/notifications/read-all").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/notifications?cursor=abc"));
        form(cookie).formParam("back", "https://evil.example/posts/" + post).post("/notifications/ack/" + post).then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.matchesPattern("https?://[^/]+/notifications"));
        Api.as(me).get("/api/notifications").then().body("items[0].acknowledgedAt", notNullValue());
    }

    @Test
    void acknowledgingInTheThreadWithoutJavaScriptStaysInTheThread() {
        Person author = People.employee();
        Person me = People.employee();
        long post = Posts.publish(author, "Nieuwe regels, @" + me.username() + ".");
        outbox.drain();
        String cookie = cookie(me);
        page(cookie).get("/posts/" + post).then().statusCode(200)
                .body(containsString("name=\"back\" value=\"/posts/" + post + "\""));
        form(cookie).formParam("back", "/posts/" + post).post("/notifications/ack/" + post).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/posts/" + post));
        page(cookie).get("/posts/" + post).then().body(not(containsString("data-testid=\"ack-form\"")));
    }

    @Test
    void openingAnAlertsMatchesMarksItsNotificationsRead() {
        Person me = People.employee();
        Person author = People.employee();
        long alert = Alerts.create(me, "Kwartelkoers", Map.of("name", "Kwartels"));
        long otherAlert = Alerts.create(me, "Fazantkoers", Map.of("name", "Fazanten"));
        long first = Posts.publish(author, "Kwartelkoers stijgt.");
        long second = Posts.publish(author, "Kwartelkoers daalt.");
        long pheasant = Posts.publish(author, "Fazantkoers blijft.");
        outbox.drain();
        Wait.until(() -> !Alerts.notices(me, second).isEmpty() && !Alerts.notices(me, first).isEmpty()
                && !Alerts.notices(me, pheasant).isEmpty());
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(3));
        String cookie = cookie(me);
        // The page that opens them shows the lower count in its badge already.
        page(cookie).get("/alerts/" + alert).then().statusCode(200)
                .body(containsString("aria-label=\"1 ongelezen\""));
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(1));
        assertTrue(Alerts.notices(me, first).get(0).get("readAt") != null);
        assertEquals(null, Alerts.notices(me, pheasant).get(0).get("readAt"), "another alert's stay unread");
        // Someone else opening (or failing to open) my alert marks nothing of mine.
        page(cookie(author)).get("/alerts/" + otherAlert).then().statusCode(404);
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(1));
    }

    @Test
    void openingAReplyMarksTheNotificationsAboutItsThreadRead() {
        Person me = People.employee();
        Person sanne = People.employee();
        Person piet = People.employee();
        long mine = Posts.publish(me, "Wie helpt er zaterdag?");
        Posts.reply(sanne, mine, "Ik.");
        long last = Posts.reply(piet, mine, "Ik ook.");
        long elsewhere = Posts.publish(sanne, "Iets anders, @" + me.username() + ".");
        outbox.drain();
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(3));
        String cookie = cookie(me);
        page(cookie).get("/posts/" + last).then().statusCode(200).body(containsString("aria-label=\"1 ongelezen\""));
        Api.as(me).get("/api/notifications?unread=true").then().body("items.post.id", org.hamcrest.Matchers
                .contains((int) elsewhere));
        Api.as(me).get("/api/notifications").then().body("items.find { it.type == 'reply' }.readAt", notNullValue())
                .body("items.find { it.type == 'mention' }.readAt", nullValue());
    }

    private static long accountId(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(person.username()).orElseThrow().id);
    }

    private static List<String> sentences(String html) {
        return SENTENCE.matcher(html).results().map(m -> m.group(1).replaceAll("\\s+", " ").strip()).toList();
    }

    /** The sentences of each entry of the list, entry by entry. */
    private static List<List<String>> entries(String html) {
        String list = html.substring(html.indexOf("data-testid=\"notification-list\""));
        List<List<String>> entries = new ArrayList<>();
        String[] parts = list.split("data-testid=\"notification\"");
        for (int i = 1; i < parts.length; i++) {
            entries.add(sentences(parts[i]));
        }
        return entries;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        return start < 0 ? "" : text.substring(start, end < 0 ? text.length() : end);
    }
}
