package nl.relay.community.announcements;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Announcements: who may post them, to whom they go (everyone or a group's members, never outsiders), pinned on the
 * home feed until acknowledged or expired, the acknowledgement rate, and the background fan-out.
 */
@QuarkusTest
class AnnouncementsTest {

    private static final String BODY = "Vanaf maandag 1 juni werken we met het nieuwe intakeformulier. Lees de "
            + "toelichting op het intranet en gebruik alleen nog de nieuwe versie.";

    /** relay.announcements.fan-out-batch in the tests. */
    private static final int BATCH_IN_TESTS = 25;

    @Inject
    OutboxWorker outbox;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    FanOutAnnouncement fanOut;

    @Test
    void onlyAdminsAndCommunicationsAnnounce() {
        Person owner = People.employee();
        long group = Groups.create(owner, "public");
        for (Person refused : List.of(People.employee(), People.recruiter(), People.withRoles("privacy"))) {
            Groups.add(owner, group, refused);
            Api.as(refused).body(Map.of("body", BODY, "groupId", group)).post("/api/announcements")
                    .then().statusCode(403);
            Api.as(refused).get("/api/posts?author=" + refused.username()).then().body("items", empty());
        }
        for (Person allowed : List.of(People.admin(), People.withRoles("employee", "communications"))) {
            Groups.add(owner, group, allowed);
            var answer = Api.as(allowed).body(Map.of("body", BODY, "groupId", group)).post("/api/announcements")
                    .then().statusCode(201).body("kind", equalTo("announcement")).extract();
            assertTrue(answer.header("Location").endsWith("/api/posts/" + answer.path("id")));
        }
    }

    @Test
    void aScriptTokenWithoutTheAdminScopeDoesNotAnnounce() {
        Person comms = communications();
        long group = groupWith(comms, "public");
        String token = Api.as(comms).body(Map.of("name", "Nieuwsbrief", "scopes", List.of("read", "write")))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        Api.as(token).body(Map.of("body", BODY, "groupId", group)).post("/api/announcements").then().statusCode(403);
        Api.as(token).get("/api/posts?author=" + comms.username()).then().body("items", empty());
    }

    @Test
    void anAnnouncementIsAPostOfItsOwnKindAndNamesItsLocation() {
        Person comms = communications();
        long group = groupWith(comms, "public");
        var answer = Api.as(comms).body(Map.of("body", BODY, "groupId", group)).post("/api/announcements")
                .then().statusCode(201).body("kind", equalTo("announcement")).body("body", equalTo(BODY))
                .body("group.id", equalTo((int) group)).body("author.username", equalTo(comms.username()))
                .extract();
        int id = answer.path("id");
        assertTrue(answer.header("Location").endsWith("/api/posts/" + id));
        Api.as(comms).get("/api/posts/" + id).then().statusCode(200).body("kind", equalTo("announcement"));
    }

    @Test
    void badAnnouncementsAreRefusedAndStoreNothing() {
        Person comms = communications();
        long group = groupWith(comms, "public");
        Instant now = Instant.now();
        List<Map<String, Object>> bad = List.of(
                Map.of("body", "   "),
                Map.of("body", "x".repeat(5001)),
                Map.of("body", BODY, "expiresAt", now.minusSeconds(60).toString()),
                Map.of("body", BODY, "expiresAt", now.plus(Duration.ofDays(367)).toString()),
                Map.of("body", BODY, "groupId", Groups.create(People.employee(), "public")),
                Map.of("body", BODY, "groupId", 999_999_999_999L));
        for (Map<String, Object> request : bad) {
            Api.as(comms).body(request).post("/api/announcements").then().statusCode(422);
        }
        Api.as(comms).body(Map.of("groupId", group)).post("/api/announcements").then().statusCode(422);
        Api.as(comms).get("/api/posts?author=" + comms.username()).then().body("items", empty());
        assertEquals(0L, count("select count(*) from announcement a join post p on p.id = a.post_id "
                + "join account u on u.id = p.author_id where u.username = ?1", comms.username()));
    }

    @Test
    void anExpiryAYearAheadIsFine() {
        Person comms = communications();
        long group = groupWith(comms, "public");
        Api.as(comms).body(Map.of("body", BODY, "groupId", group,
                "expiresAt", Instant.now().plus(Duration.ofDays(364)).toString()))
                .post("/api/announcements").then().statusCode(201);
    }

    @Test
    void thePostsApiRefusesTheAnnouncementKind() {
        Person admin = People.admin();
        Api.as(admin).body(Map.of("body", BODY, "kind", "announcement")).post("/api/posts").then().statusCode(422)
                .body("errors.field", hasItem("kind"));
        Api.as(admin).get("/api/posts?author=" + admin.username()).then().body("items", empty());
    }

    @Test
    void aPrivateGroupsAnnouncementReachesItsMembersOnly() {
        Person comms = communications();
        Person member = People.employee();
        Person outsider = People.employee();
        Person admin = People.admin();
        long group = groupWith(comms, "private", member);
        long post = announce(comms, Map.of("body", BODY, "groupId", group));
        outbox.drain();
        assertAnnouncedTo(member, post);
        Api.as(outsider).get("/api/notifications").then().body("items.post.id", not(hasItem((int) post)));
        Api.as(outsider).get("/api/feed").then().body("pinned", empty()).body("items.id", not(hasItem((int) post)));
        Api.as(outsider).get("/api/posts/" + post).then().statusCode(404);
        Api.as(outsider).post("/api/posts/" + post + "/ack").then().statusCode(404);
        Api.as(admin).get("/api/announcements/" + post + "/acknowledgements").then().statusCode(404);
        Api.as(admin).get("/api/feed").then().body("pinned.id", not(hasItem((int) post)));
        Api.as(comms).get("/api/feed").then().body("pinned.id", not(hasItem((int) post)));
        Api.as(comms).get("/api/announcements/" + post + "/acknowledgements").then().statusCode(200)
                .body("audience", equalTo(1)).body("complete", equalTo(true));
    }

    @Test
    void itStaysPinnedUntilAcknowledgedThenStaysInTheFeed() {
        Person comms = communications();
        Person anna = People.employee();
        long group = groupWith(comms, "public", anna);
        long post = announce(comms, Map.of("body", BODY, "groupId", group));
        outbox.drain();
        Api.as(anna).get("/api/feed").then().body("pinned.id", hasItem((int) post))
                .body("items.id", hasItem((int) post));
        Api.as(anna).get("/api/notifications").then()
                .body("items.find { it.post.id == " + post + " }.type", equalTo("announcement"))
                .body("items.find { it.post.id == " + post + " }.mustRead", equalTo(true));
        Api.as(anna).post("/api/posts/" + post + "/ack").then().statusCode(204);
        Api.as(anna).get("/api/feed").then().body("pinned.id", not(hasItem((int) post)))
                .body("items.id", hasItem((int) post));
        Api.as(anna).get("/api/notifications").then()
                .body("items.find { it.post.id == " + post + " }.acknowledgedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void itIsNoLongerPinnedOnceExpired() {
        Person comms = communications();
        Person anna = People.employee();
        long group = groupWith(comms, "public", anna);
        clock.stop();
        try {
            long post = announce(comms, Map.of("body", BODY, "groupId", group,
                    "expiresAt", clock.instant().plus(Duration.ofHours(1)).toString()));
            outbox.drain();
            Api.as(anna).get("/api/feed").then().body("pinned.id", hasItem((int) post));
            clock.advance(Duration.ofMinutes(59));
            Api.as(anna).get("/api/feed").then().body("pinned.id", hasItem((int) post));
            clock.advance(Duration.ofMinutes(2));
            Api.as(anna).get("/api/feed").then().body("pinned.id", not(hasItem((int) post)))
                    .body("items.id", hasItem((int) post));
            // Still acknowledged and counted after it expired.
            Api.as(anna).post("/api/posts/" + post + "/ack").then().statusCode(204);
            Api.as(comms).get("/api/announcements/" + post + "/acknowledgements").then()
                    .body("acknowledged", equalTo(1));
        } finally {
            clock.resume();
        }
    }

    @Test
    void theAuthorAdminsAndCommunicationsSeeTheRateOthersDoNot() {
        Person comms = communications();
        Person anna = People.employee();
        Person bram = People.employee();
        Person cees = People.employee();
        Person dirk = People.employee();
        long group = groupWith(comms, "public", anna, bram, cees, dirk);
        long post = announce(comms, Map.of("body", BODY, "groupId", group));
        String rate = "/api/announcements/" + post + "/acknowledgements";
        outbox.drain();
        Api.as(comms).get(rate).then().statusCode(200).body("audience", equalTo(4)).body("acknowledged", equalTo(0))
                .body("rate", equalTo(0.0f)).body("complete", equalTo(true));
        Api.as(anna).post("/api/posts/" + post + "/ack").then().statusCode(204);
        Api.as(anna).post("/api/posts/" + post + "/ack").then().statusCode(204);
        Api.as(comms).get(rate).then().body("audience", equalTo(4)).body("acknowledged", equalTo(1))
                .body("rate", equalTo(0.25f));
        // A colleague deactivated since drops out of both numbers.
        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + bram.username())
                .then().statusCode(200);
        Number third = Api.as(comms).get(rate).then().body("audience", equalTo(3)).body("acknowledged", equalTo(1))
                .extract().path("rate");
        assertEquals(1.0 / 3, third.doubleValue(), 0.0001);
        Api.as(People.admin()).get(rate).then().statusCode(200).body("audience", equalTo(3));
        Api.as(communications()).get(rate).then().statusCode(200);
        Api.as(anna).get(rate).then().statusCode(403);
        Api.as(People.employee()).get(rate).then().statusCode(403);
        long plain = Posts.publish(comms, "Gewoon een bericht, geen mededeling.");
        Api.as(comms).get("/api/announcements/" + plain + "/acknowledgements").then().statusCode(404);
        Api.as(comms).get("/api/announcements/999999999999/acknowledgements").then().statusCode(404);
        Api.as(comms).get("/api/announcements/abc/acknowledgements").then().statusCode(404);
        Api.as(comms).post("/api/posts/" + post + "/ack").then().statusCode(403);
    }

    @Test
    void anEmptyAudienceHasRateZero() {
        Person comms = communications();
        long group = groupWith(comms, "public");
        long post = announce(comms, Map.of("body", BODY, "groupId", group));
        outbox.drain();
        Api.as(comms).get("/api/announcements/" + post + "/acknowledgements").then().statusCode(200)
                .body("audience", equalTo(0)).body("acknowledged", equalTo(0)).body("rate", equalTo(0.0f))
                .body("complete", equalTo(true));
    }

    @Test
    void aCompanyWideAnnouncementReachesEveryActiveAccountInBatches() {
        Person comms = communications();
        Person anna = People.employee();
        Person bram = People.employee();
        Person gone = People.employee();
        for (int i = 0; i <= BATCH_IN_TESTS; i++) {
            colleague();
        }
        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + gone.username())
                .then().statusCode(200);
        long post = announce(comms, Map.of("body", BODY));
        Person later = People.employee();
        outbox.drain();
        assertAnnouncedTo(anna, post);
        assertAnnouncedTo(bram, post);
        Api.as(later).get("/api/feed").then().body("pinned.id", not(hasItem((int) post)));
        Api.as(comms).get("/api/feed").then().body("pinned.id", not(hasItem((int) post)));
        assertEquals(0L, count("select count(*) from notification n join account a on a.id = n.recipient_id "
                + "where n.post_id = ?1 and a.username in ('" + gone.username() + "', '" + later.username() + "', '"
                + comms.username() + "')", post));
        // Every active account that existed when it was posted (more than one batch in the tests), each once,
        // with a row in its home feed.
        long expected = count("select count(*) from account a, announcement x, post p where x.post_id = ?1 "
                + "and p.id = x.post_id and a.active and a.created_at <= x.audience_at and a.id <> p.author_id", post);
        assertTrue(expected > BATCH_IN_TESTS, "more accounts than one batch: " + expected);
        assertEquals(expected, count("select count(*) from notification where post_id = ?1 and type = 'announcement'",
                post));
        assertEquals(expected, count("select count(distinct recipient_id) from notification where post_id = ?1 "
                + "and type = 'announcement'", post));
        assertEquals(expected, count("select count(*) from timeline_entry e join notification n "
                + "on n.recipient_id = e.account_id and n.post_id = e.post_id and n.type = 'announcement' "
                + "where e.post_id = ?1", post));
        Api.as(comms).get("/api/announcements/" + post + "/acknowledgements").then()
                .body("audience", equalTo((int) expected)).body("complete", equalTo(true));
    }

    @Test
    void aRetriedFanOutWritesNothingTwice() {
        Person comms = communications();
        Person anna = People.employee();
        Person bram = People.employee();
        long group = groupWith(comms, "public", anna, bram);
        long post = announce(comms, Map.of("body", BODY, "groupId", group));
        outbox.drain();
        Api.as(anna).post("/api/posts/" + post + "/ack").then().statusCode(204);
        long notifications = count("select count(*) from notification where post_id = ?1", post);
        long feedRows = count("select count(*) from timeline_entry where post_id = ?1", post);
        QuarkusTransaction.requiringNew().run(() -> fanOut.handle(new AnnouncementFanOut(post, 0)));
        QuarkusTransaction.requiringNew().run(() -> fanOut.handleAll(List.of(new AnnouncementFanOut(post, 0),
                new AnnouncementFanOut(post, 0))));
        outbox.drain();
        assertEquals(2L, notifications);
        assertEquals(notifications, count("select count(*) from notification where post_id = ?1", post));
        assertEquals(feedRows, count("select count(*) from timeline_entry where post_id = ?1", post));
        Api.as(comms).get("/api/announcements/" + post + "/acknowledgements").then()
                .body("audience", equalTo(2)).body("acknowledged", equalTo(1));
        Api.as(anna).get("/api/feed").then().body("pinned.id", not(hasItem((int) post)));
    }

    @Test
    void aRemovedAnnouncementIsNotPinned() {
        Person comms = communications();
        Person anna = People.employee();
        long group = groupWith(comms, "public", anna);
        long post = announce(comms, Map.of("body", BODY, "groupId", group));
        outbox.drain();
        Api.as(anna).get("/api/feed").then().body("pinned.id", hasItem((int) post));
        Api.as(comms).delete("/api/posts/" + post).then().statusCode(204);
        Api.as(anna).get("/api/feed").then().body("pinned.id", not(hasItem((int) post)));
    }

    private void assertAnnouncedTo(Person person, long post) {
        Api.as(person).get("/api/feed").then().statusCode(200).body("pinned.id", hasItem((int) post))
                .body("items.id", hasItem((int) post));
        Api.as(person).get("/api/notifications").then()
                .body("items.find { it.post.id == " + post + " }.type", equalTo("announcement"));
    }

    /** An account nobody signs in to: only there to be in the audience. */
    private static void colleague() {
        String username = People.uniqueUsername();
        Api.as(People.adminToken()).body(Map.of("username", username, "displayName", "Collega " + username,
                "email", username + "@example.nl", "password", "correct horse " + username,
                "roles", List.of("employee"))).post("/api/accounts").then().statusCode(201);
    }

    private static Person communications() {
        return People.withRoles("employee", "communications");
    }

    private static long groupWith(Person announcer, String visibility, Person... members) {
        long group = Groups.create(announcer, visibility);
        for (Person member : members) {
            Groups.add(announcer, group, member);
        }
        return group;
    }

    private static long announce(Person author, Map<String, Object> request) {
        return ((Number) Api.as(author).body(request).post("/api/announcements").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
