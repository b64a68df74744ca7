package nl.relay.community.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModerationTest {

    @Inject
    OutboxWorker outbox;

    @Test
    void aReportNeedsAReadablePostAReasonAndIsOncePerPerson() {
        Person author = People.employee();
        Person reporter = People.employee();
        long post = Posts.publish(author, "Wie wil er vrijdag mee naar de borrel bij de klant?");
        report(reporter, post, "Dit hoort niet in de bedrijfsstroom").then().statusCode(201)
                .body("postId", equalTo((int) post)).body("status", equalTo("open")).body("id", notNullValue());
        report(reporter, post, "Nog een keer").then().statusCode(409);
        report(People.employee(), post, "  ").then().statusCode(422);
        report(People.employee(), post, "x".repeat(501)).then().statusCode(422);
        Api.as(People.employee()).body(Map.of()).post("/api/posts/" + post + "/reports").then().statusCode(422);
        report(author, post, "Mijn eigen bericht").then().statusCode(422);
        report(reporter, 999_999_999L, "Bestaat niet").then().statusCode(404);
        long group = Groups.create(author, "private");
        long secret = Posts.publish(author, "Alleen voor de groep", Map.of("groupId", group));
        report(reporter, secret, "Kan ik niet lezen").then().statusCode(404);
    }

    @Test
    void onlyModeratorsAndAdminsWorkTheQueue() {
        Person employee = People.employee();
        Api.as(employee).get("/api/moderation/reports").then().statusCode(403);
        Api.as(employee).get("/api/moderation/audit").then().statusCode(403);
        Api.as(employee).body(Map.of("reason", "weg")).post("/api/moderation/reports/1/hide").then().statusCode(403);
        Api.as(employee).post("/api/moderation/reports/1/dismiss").then().statusCode(403);
        Api.as(People.withRoles("moderator")).get("/api/moderation/reports?status=hidden").then().statusCode(200);
        Api.as(People.admin()).get("/api/moderation/reports?status=dismissed").then().statusCode(200);
        Api.as(People.withRoles("moderator")).get("/api/moderation/reports?status=weg").then().statusCode(422);
        Api.as(People.withRoles("moderator")).body(Map.of("reason", "weg"))
                .post("/api/moderation/reports/999999999/hide").then().statusCode(404);
    }

    @Test
    void aHiddenPostLeavesEveryFeedSearchAndAlertButItsAuthorSeesWhy() {
        Person author = People.employee();
        Person reader = People.employee();
        Person moderator = People.withRoles("moderator");
        String word = "moderatie" + letters();
        Api.as(reader).put("/api/me/follows/accounts/" + author.username()).then().statusCode(204);
        long alert = Alerts.create(reader, word);
        long post = Posts.publish(author, "Scheldpartij over de concurrent " + word + " #" + word);
        long reply = Posts.reply(People.employee(), post, "Daar reageer ik op " + word);
        outbox.drain();
        // Shown everywhere before it is hidden (alert matching runs after the outbox).
        Wait.until(() -> seenEverywhere(reader, post, word, alert));

        long report = reportId(report(reader, post, "Beledigend voor een klant"));
        JsonPath item = queueItem(moderator, "open", post);
        assertEquals(1, item.getInt("reporters"));
        assertEquals("Beledigend voor een klant", item.getString("reasons[0].reason"));
        assertTrue(item.getString("post.body").contains(word));
        hide(moderator, report, "Geen scheldwoorden over klanten, ook niet over concurrenten").then().statusCode(204);
        hide(moderator, report, "Nog eens").then().statusCode(409);

        assertFalse(seenAnywhere(reader, post, word, alert), "gone from feed, search, alert, topic and stream");
        Api.as(reader).get("/api/posts/" + post).then().statusCode(404);
        Api.as(reader).get("/api/posts/" + reply).then().statusCode(404);
        Api.as(reader).get("/api/posts/" + reply + "/thread").then().statusCode(404);
        report(People.employee(), post, "Nu pas gezien").then().statusCode(404);
        Api.as(author).get("/api/posts/" + post).then().statusCode(200)
                .body("hiddenReason", equalTo("Geen scheldwoorden over klanten, ook niet over concurrenten"))
                .body("hiddenAt", notNullValue());
        Api.as(author).get("/api/notifications?limit=100").then().statusCode(200)
                .body("items.findAll { it.type == 'moderation' }.post.id", hasItem((int) post));
        Api.as(reader).get("/api/posts/" + post + "/thread").then().statusCode(404);
        assertEquals("hidden", queueItem(moderator, "hidden", post).getString("status"));
    }

    @Test
    void theAuthorAsksForReviewAndAModeratorRestoresOrKeepsItHidden() {
        Person author = People.employee();
        Person reader = People.employee();
        Person moderator = People.withRoles("moderator");
        long post = Posts.publish(author, "Over de nieuwe manager van de klant zeg ik niets aardigs");
        long report = reportId(report(reader, post, "Persoonlijke aanval"));
        Api.as(author).post("/api/posts/" + post + "/review").then().statusCode(409);
        Api.as(reader).post("/api/posts/" + post + "/review").then().statusCode(403);
        hide(moderator, report, "Persoonlijke aanval op iemand bij de klant").then().statusCode(204);
        Api.as(reader).post("/api/posts/" + post + "/review").then().statusCode(404);

        Api.as(author).body(Map.of("body", "Over de nieuwe manager van de klant: ik wacht eerst af")).patch(
                "/api/posts/" + post).then().statusCode(200);
        Api.as(author).post("/api/posts/" + post + "/review").then().statusCode(202)
                .body("id", equalTo((int) report));
        Api.as(author).post("/api/posts/" + post + "/review").then().statusCode(409);
        assertNotNull(queueItem(moderator, "open", post).getString("reviewAskedAt"));
        Api.as(moderator).post("/api/moderation/reports/" + report + "/dismiss").then().statusCode(409);
        hide(moderator, report, "Nog steeds te persoonlijk").then().statusCode(204);
        Api.as(author).get("/api/posts/" + post).then().body("hiddenReason", equalTo("Nog steeds te persoonlijk"));

        Api.as(author).post("/api/posts/" + post + "/review").then().statusCode(202);
        Api.as(moderator).post("/api/moderation/reports/" + report + "/restore").then().statusCode(204);
        Api.as(moderator).post("/api/moderation/reports/" + report + "/restore").then().statusCode(409);
        Api.as(reader).get("/api/posts/" + post).then().statusCode(200).body("hiddenReason", equalTo(null));

        List<String> actions = audit(moderator, post).stream().map(e -> (String) e.get("action"))
                .filter(action -> !action.equals("read")).toList();
        assertEquals(List.of("restored", "review-asked", "kept-hidden", "review-asked", "hidden", "reported"),
                actions);
        assertTrue(audit(moderator, post).stream().anyMatch(e -> "read".equals(e.get("action"))
                && "queue".equals(e.get("path")) && moderator.username().equals(e.get("actor"))),
                "reading the hidden post in the queue is logged");
        Map<String, Object> reported = audit(moderator, post).stream()
                .filter(e -> "reported".equals(e.get("action"))).findFirst().orElseThrow();
        assertEquals(reader.username(), reported.get("actor"));
        assertEquals("Persoonlijke aanval", reported.get("reason"));
    }

    @Test
    void aDismissedReportLeavesThePostShownAndANewReportOpensAgain() {
        Person author = People.employee();
        Person moderator = People.admin();
        long post = Posts.publish(author, "Morgen is de vacature voor planner online");
        long first = reportId(report(People.employee(), post, "Reclame"));
        assertEquals(first, reportId(report(People.employee(), post, "Ook reclame")));
        assertEquals(2, queueItem(moderator, "open", post).getInt("reporters"));
        Api.as(moderator).post("/api/moderation/reports/" + first + "/dismiss").then().statusCode(204);
        Api.as(People.employee()).get("/api/posts/" + post).then().statusCode(200);
        long second = reportId(report(People.employee(), post, "Toch reclame"));
        assertTrue(second != first);
        assertEquals("dismissed", queueItem(moderator, "dismissed", post).getString("status"));
    }

    @Test
    void aHiddenReplyCannotBeAcceptedAsTheAnswer() {
        Person asker = People.employee();
        Person helper = People.employee();
        Person moderator = People.withRoles("moderator");
        long question = Posts.publish(asker, "Wie weet hoe de reiskostenvergoeding werkt?", Map.of("kind", "question"));
        long reply = Posts.reply(helper, question, "Vraag het aan die idioot van salarisadministratie.");
        hide(moderator, reportId(report(asker, reply, "Kwetsend")), "Kwetsend over een collega").then()
                .statusCode(204);
        Api.as(asker).body(Map.of("postId", reply)).put("/api/posts/" + question + "/accepted-answer").then()
                .statusCode(422).body("errors.field", hasItem("postId"));
        Api.as(asker).get("/api/posts/" + question).then().body("acceptedAnswerId", equalTo(null));
    }

    @Test
    void aPrivateGroupsReportedPostReachesModeratorsOnlyThroughTheQueueAndTheReadIsLogged() {
        Person owner = People.employee();
        Person member = People.employee();
        Person moderator = People.withRoles("moderator");
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, member);
        long post = Posts.publish(owner, "Binnen de groep: de klant betaalt te laat", Map.of("groupId", group));
        reportId(report(member, post, "Vertrouwelijke klantinformatie"));
        Api.as(moderator).get("/api/posts/" + post).then().statusCode(404);
        Api.as(People.admin()).get("/api/posts/" + post).then().statusCode(404);
        JsonPath item = queueItem(moderator, "open", post);
        assertEquals("Binnen de groep: de klant betaalt te laat", item.getString("post.body"));
        assertEquals("private", item.getString("post.groupVisibility"));
        List<Map<String, Object>> reads = audit(moderator, post).stream()
                .filter(e -> "read".equals(e.get("action"))).toList();
        assertFalse(reads.isEmpty(), "the read is logged");
        assertEquals(moderator.username(), reads.get(0).get("actor"));
        assertEquals("queue", reads.get(0).get("path"));
    }

    @Test
    void anExportOfTheLegalArchiveIsLogged() {
        Person admin = People.admin();
        String from = java.time.Instant.now().minusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        Posts.publish(People.employee(), "Een bericht voor het archief");
        Api.as(admin).accept("application/x-ndjson").queryParam("from", from).get("/api/admin/export").then()
                .statusCode(200);
        List<Map<String, Object>> entries = Api.as(admin).get("/api/moderation/audit?limit=100").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertTrue(entries.stream().anyMatch(e -> admin.username().equals(e.get("actor"))
                && "archive".equals(e.get("path")) && "read".equals(e.get("action"))
                && (from + "..").equals(e.get("detail"))), entries.toString());
    }

    @Test
    void reportingIsLimitedPerPerson() {
        Person author = People.employee();
        Person reporter = People.employee();
        // 10 a minute: within 21 tries, a minute's window is full however the minutes fall.
        Response refused = null;
        for (int i = 0; i < 21 && refused == null; i++) {
            long post = Posts.publish(author, "Bericht om te melden " + i);
            Response answer = report(reporter, post, "Test van de grens");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                answer.then().statusCode(201);
            }
        }
        assertNotNull(refused, "a report over the limit is refused");
        refused.then().header("Retry-After", notNullValue());
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
    }

    @Test
    void postingIsLimitedPerPerson() {
        Person author = People.employee();
        // 60 a minute: within 121 tries, a minute's window is full however the minutes fall.
        Response refused = null;
        for (int i = 0; i < 121 && refused == null; i++) {
            Response answer = Api.as(author).body(Map.of("body", "Veel berichten " + i)).post("/api/posts");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                answer.then().statusCode(201);
            }
        }
        assertNotNull(refused, "a post over the limit is refused");
        refused.then().header("Retry-After", notNullValue());
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
    }

    @Test
    void theModeratorRoleIsGivenLikeAnyOther() {
        Person moderator = People.withRoles("employee", "moderator");
        Api.as(moderator).get("/api/me").then().statusCode(200).body("roles", hasItem("moderator"));
    }

    private static Response report(Person reporter, long post, String reason) {
        return Api.as(reporter).body(Map.of("reason", reason)).post("/api/posts/" + post + "/reports");
    }

    private static long reportId(Response answer) {
        return answer.then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response hide(Person moderator, long report, String reason) {
        return Api.as(moderator).body(Map.of("reason", reason)).post("/api/moderation/reports/" + report + "/hide");
    }

    /** The queue item of the post with this status, paging through the queue (other tests' items are there too). */
    static JsonPath queueItem(Person moderator, String status, long post) {
        String cursor = null;
        do {
            JsonPath page = Api.as(moderator).queryParam("status", status).queryParam("limit", 100)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/moderation/reports").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (int i = 0; i < items.size(); i++) {
                if (((Number) ((Map<?, ?>) items.get(i).get("post")).get("id")).longValue() == post) {
                    return new JsonPath(page.prettify()).setRootPath("items[" + i + "]");
                }
            }
            cursor = page.getString("next");
        } while (cursor != null);
        throw new AssertionError("post " + post + " is not in the " + status + " queue");
    }

    /** The audit entries about this post, newest first (from the newest 300). */
    static List<Map<String, Object>> audit(Person moderator, long post) {
        List<Map<String, Object>> found = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 3; pages++) {
            JsonPath page = Api.as(moderator).queryParam("limit", 100)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/moderation/audit").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(e -> e.get("postId") != null && ((Number) e.get("postId")).longValue() == post)
                    .forEach(found::add);
            cursor = page.getString("next");
            if (cursor == null) {
                break;
            }
        }
        return found;
    }

    private boolean seenEverywhere(Person reader, long post, String word, long alert) {
        return inFeed(reader, post) && inSearch(reader, post, word) && Alerts.matches(reader, alert).contains(post)
                && inList(reader, "/api/posts?topic=" + word, post);
    }

    private boolean seenAnywhere(Person reader, long post, String word, long alert) {
        return inFeed(reader, post) || inSearch(reader, post, word) || Alerts.matches(reader, alert).contains(post)
                || inList(reader, "/api/posts?topic=" + word, post);
    }

    private static boolean inFeed(Person reader, long post) {
        return inList(reader, "/api/feed?limit=100", post);
    }

    private static boolean inSearch(Person reader, long post, String word) {
        List<Number> ids = Api.as(reader).get("/api/search?q=" + word).then().statusCode(200).extract().jsonPath()
                .getList("items.post.id", Number.class);
        return ids.stream().anyMatch(id -> id.longValue() == post);
    }

    private static boolean inList(Person reader, String path, long post) {
        List<Number> ids = Api.as(reader).get(path).then().statusCode(200).extract().jsonPath()
                .getList("items.id", Number.class);
        return ids.stream().filter(Objects::nonNull).anyMatch(id -> id.longValue() == post);
    }

    private static String letters() {
        StringBuilder word = new StringBuilder();
        long n = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + (n % 26)));
            n /= 26;
        }
        return word.toString();
    }
}
