package nl.relay.notifications;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** Notifications: must-read mentions with receipts, replies in threads, group notices, reading them. */
@QuarkusTest
class NotificationsTest {

    @Inject
    OutboxWorker outbox;

    @Inject
    RemindUnread reminders;

    @Test
    void anAddressedPostIsAMustReadNotificationForTheAddresseesOnly() {
        Person author = People.employee();
        Person anna = People.employee();
        Person bram = People.employee();
        long post = Posts.publish(author, "@" + anna.username() + " en @" + bram.username()
                + " lees dit even: de nieuwe werkwijze voor #vacatures.");
        outbox.drain();
        Api.as(anna).get("/api/notifications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].type", equalTo("mention"))
                .body("items[0].mustRead", equalTo(true)).body("items[0].post.id", equalTo((int) post))
                .body("items[0].actor.username", equalTo(author.username())).body("items[0].readAt", nullValue());
        Api.as(anna).get("/api/notifications/unread-count").then().body("count", equalTo(1));
        Api.as(author).get("/api/notifications").then().body("items", empty());
        outbox.drain();
        Api.as(bram).get("/api/notifications").then().body("items", hasSize(1));
    }

    @Test
    void readingThePostShowsInTheAuthorsReceiptsAndAddresseesAcknowledgeIt() {
        Person author = People.employee();
        Person anna = People.employee();
        Person bram = People.employee();
        Person outsider = People.employee();
        long post = Posts.publish(author, "Must-read voor @" + anna.username() + " en @" + bram.username());
        Api.as(author).get("/api/posts/" + post + "/receipts").then().statusCode(200)
                .body("username", hasItem(anna.username())).body("username", hasItem(bram.username()));
        outbox.drain();
        Api.as(anna).get("/api/posts/" + post).then().statusCode(200);
        Api.as(author).get("/api/posts/" + post + "/receipts").then()
                .body("find { it.username == '" + anna.username() + "' }.notifiedAt", notNullValue())
                .body("find { it.username == '" + anna.username() + "' }.readAt", notNullValue())
                .body("find { it.username == '" + anna.username() + "' }.acknowledgedAt", nullValue())
                .body("find { it.username == '" + bram.username() + "' }.readAt", nullValue());
        Api.as(anna).get("/api/notifications/unread-count").then().body("count", equalTo(0));
        Api.as(bram).post("/api/posts/" + post + "/ack").then().statusCode(204);
        String first = Api.as(author).get("/api/posts/" + post + "/receipts").then()
                .body("find { it.username == '" + bram.username() + "' }.readAt", notNullValue())
                .extract().path("find { it.username == '" + bram.username() + "' }.acknowledgedAt");
        Api.as(bram).post("/api/posts/" + post + "/ack").then().statusCode(204);
        Api.as(author).get("/api/posts/" + post + "/receipts").then()
                .body("find { it.username == '" + bram.username() + "' }.acknowledgedAt", equalTo(first));
        Api.as(bram).get("/api/notifications").then().body("items[0].acknowledgedAt", equalTo(first));
        Api.as(outsider).post("/api/posts/" + post + "/ack").then().statusCode(403);
        Api.as(author).post("/api/posts/" + post + "/ack").then().statusCode(403);
        Api.as(anna).get("/api/posts/" + post + "/receipts").then().statusCode(403);
        Api.as(anna).post("/api/posts/999999999999/ack").then().statusCode(404);
        Api.as(anna).get("/api/posts/abc/receipts").then().statusCode(404);
    }

    @Test
    void aReplyNotifiesTheThreadsPeopleButNotTheActorNorThoseWhoMutedIt() {
        Person starter = People.employee();
        Person first = People.employee();
        Person second = People.employee();
        Person follower = People.employee();
        long root = Posts.publish(starter, "Wie kent een goede interim-controller?");
        Api.as(follower).put("/api/posts/" + root + "/subscription").then().statusCode(204);
        Posts.reply(first, root, "Ik ken er wel een.");
        outbox.drain();
        Api.as(starter).get("/api/notifications").then().body("items.type", contains("reply"));
        long second1 = Posts.reply(second, root, "Ik ook, bel me.");
        outbox.drain();
        Api.as(starter).get("/api/notifications").then().body("items", hasSize(2));
        Api.as(first).get("/api/notifications").then().body("items[0].post.id", equalTo((int) second1))
                .body("items[0].type", equalTo("reply")).body("items[0].mustRead", equalTo(false));
        Api.as(follower).get("/api/notifications").then().body("items", hasSize(2));
        Api.as(second).get("/api/notifications").then().body("items", empty());

        Api.as(starter).delete("/api/posts/" + root + "/subscription").then().statusCode(204);
        Posts.reply(first, root, "Nog een reactie, met @" + second.username());
        outbox.drain();
        Api.as(starter).get("/api/notifications").then().body("items", hasSize(2));
        Api.as(second).get("/api/notifications").then().body("items[0].type", equalTo("mention"))
                .body("items", hasSize(1));
        Api.as(starter).put("/api/posts/abc/subscription").then().statusCode(404);
    }

    @Test
    void noOneOutsideAPrivateGroupHearsOfItsPostsAndLeavingHidesWhatWasHeard() {
        Person owner = People.employee();
        Person member = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, member);
        Posts.publish(owner, "Intern: @" + member.username() + " en @" + outsider.username()
                + " de overname gaat door.", Map.of("groupId", group));
        outbox.drain();
        Api.as(outsider).get("/api/notifications").then().body("items.type", not(hasItem("mention")));
        Api.as(outsider).get("/api/notifications/unread-count").then().body("count", equalTo(0));
        Api.as(member).get("/api/notifications").then().body("items.type", hasItem("mention"));
        Api.as(member).get("/api/notifications/unread-count").then().body("count", equalTo(2));
        Groups.remove(owner, group, member);
        Api.as(member).get("/api/notifications").then().body("items.type", contains("group"));
        Api.as(member).get("/api/notifications/unread-count").then().body("count", equalTo(1));
    }

    @Test
    void repeatedWorkNotifiesNobodyTwiceAndAnEditNotifiesTheNewlyAddressed() {
        Person author = People.employee();
        Person anna = People.employee();
        Person bram = People.employee();
        long post = Posts.publish(author, "Voor @" + anna.username());
        outbox.drain();
        Api.as(author).body(Map.of("body", "Voor @" + anna.username() + " en ook @" + bram.username()))
                .patch("/api/posts/" + post).then().statusCode(200);
        outbox.drain();
        Api.as(anna).get("/api/notifications").then().body("items", hasSize(1));
        Api.as(bram).get("/api/notifications").then().body("items", hasSize(1))
                .body("items[0].type", equalTo("mention"));
    }

    @Test
    void editingAnOldReplyNotifiesOnlyThoseItNewlyAddresses() {
        Person starter = People.employee();
        Person early = People.employee();
        Person late = People.employee();
        Person named = People.employee();
        long root = Posts.publish(starter, "Wie weet meer over de cao?");
        long reply = Posts.reply(early, root, "Ik zoek het uit.");
        Posts.reply(late, root, "Ik ook.");
        outbox.drain();
        Api.as(late).get("/api/notifications").then().body("items", empty());
        Api.as(early).body(Map.of("body", "Ik zoek het uit, samen met @" + named.username()))
                .patch("/api/posts/" + reply).then().statusCode(200);
        outbox.drain();
        Api.as(late).get("/api/notifications").then().body("items", empty());
        Api.as(named).get("/api/notifications").then().body("items.type", contains("mention"));
    }

    @Test
    void aRemovedOrNoLongerAddressedPostLeavesMustReadAndGetsNoReminder() {
        Person author = People.employee();
        Person me = People.employee();
        long removed = Posts.publish(author, "Eerst wel voor @" + me.username());
        long edited = Posts.publish(author, "Ook voor @" + me.username());
        outbox.drain();
        Api.as(author).delete("/api/posts/" + removed).then().statusCode(204);
        Api.as(author).body(Map.of("body", "Toch voor niemand")).patch("/api/posts/" + edited).then().statusCode(200);
        outbox.drain();
        nl.relay.testing.Pages.page(nl.relay.testing.Pages.cookie(me)).get("/notifications").then()
                .body(not(org.hamcrest.Matchers.containsString("data-testid=\"must-read\"")));
        org.junit.jupiter.api.Assertions.assertEquals(0,
                reminders.remindUnreadSince(java.time.Instant.now().plusSeconds(1)) > 0
                        && Api.as(me).get("/api/notifications").jsonPath()
                                .getList("items.findAll { it.type == 'reminder' }").size() > 0 ? 1 : 0);
    }

    @Test
    void readingOneOrAllAndOnlyMyOwn() {
        Person author = People.employee();
        Person me = People.employee();
        for (int i = 0; i < 3; i++) {
            Posts.publish(author, "Bericht " + i + " voor @" + me.username());
        }
        outbox.drain();
        int newest = Api.as(me).get("/api/notifications?limit=2").then().body("items", hasSize(2))
                .body("next", notNullValue()).extract().path("items[0].id");
        Api.as(author).post("/api/notifications/" + newest + "/read").then().statusCode(404);
        Api.as(me).post("/api/notifications/" + newest + "/read").then().statusCode(204);
        Api.as(me).get("/api/notifications?unread=true").then().body("items", hasSize(2));
        Api.as(me).get("/api/notifications/unread-count").then().body("count", equalTo(2));
        Api.as(me).post("/api/notifications/read-all").then().statusCode(204);
        Api.as(me).get("/api/notifications?unread=true").then().body("items", empty());
        Api.as(me).post("/api/notifications/abc/read").then().statusCode(404);
        Api.as(me).get("/api/notifications?unread=soms").then().statusCode(422);
        Api.as(me).get("/api/notifications?limit=1000").then().statusCode(422);
        Api.anonymous().get("/api/notifications").then().statusCode(401);
        Api.anonymous().get("/api/notifications/unread-count").then().statusCode(401);
    }

    @Test
    void groupRequestsAndApprovalsAreNotified() {
        Person owner = People.employee();
        Person asker = People.employee();
        long group = Groups.create(owner, "private");
        Api.as(asker).put("/api/groups/" + group + "/members/me").then().statusCode(202);
        Api.as(owner).get("/api/notifications").then().body("items[0].type", equalTo("group"))
                .body("items[0].group.id", equalTo((int) group))
                .body("items[0].actor.username", equalTo(asker.username()));
        Api.as(owner).put("/api/groups/" + group + "/members/" + asker.username()).then().statusCode(204);
        Api.as(asker).get("/api/notifications").then().body("items[0].type", equalTo("group"))
                .body("items[0].actor.username", equalTo(owner.username()));
    }
}
