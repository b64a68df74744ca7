package nl.relay.groups;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** Groups: creating, joining, asking to join, managing members and roles, archiving, posting in them. */
@QuarkusTest
class GroupsTest {

    @Test
    void theCreatorOwnsANewGroupAndNamesAreUniqueIgnoringCaseAndAccents() {
        Person owner = People.employee();
        String name = "Bureau Zuid-Holland " + System.nanoTime();
        long id = ((Number) Api.as(owner).body(Map.of("name", name, "description", "Werving en selectie",
                "visibility", "public")).post("/api/groups").then().statusCode(201)
                .header("Location", containsString("/api/groups/"))
                .body("name", equalTo(name)).body("visibility", equalTo("public")).body("memberCount", equalTo(1))
                .body("myRole", equalTo("owner")).extract().path("id")).longValue();
        Api.as(owner).get("/api/groups/" + id + "/members").then().statusCode(200)
                .body("username", contains(owner.username())).body("role", contains("owner"));
        Api.as(People.employee()).body(Map.of("name", name.toUpperCase().replace("U", "Ü"), "visibility", "private"))
                .post("/api/groups").then().statusCode(409);
    }

    @Test
    void badGroupInputIsRefusedAndChangesNothing() {
        Person owner = People.employee();
        Api.as(owner).body(Map.of("name", "  ", "visibility", "public")).post("/api/groups").then().statusCode(422);
        Api.as(owner).body(Map.of("name", "Geheim", "visibility", "secret")).post("/api/groups").then()
                .statusCode(422).body("errors.field", hasItem("visibility"));
        Api.as(owner).body(Map.of("name", "x".repeat(101), "visibility", "public")).post("/api/groups").then()
                .statusCode(422);
        Api.as(owner).body(Map.of("name", "Zonder zichtbaarheid")).post("/api/groups").then().statusCode(422);
        Api.as(owner).body(Map.of("name", "Extra", "visibility", "public", "color", "red")).post("/api/groups")
                .then().statusCode(422);
        Api.as(owner).body("[]").post("/api/groups").then().statusCode(400);
        Api.as(owner).get("/api/groups/abc").then().statusCode(404);
        Api.as(owner).get("/api/groups/-1").then().statusCode(404);
        Api.as(owner).get("/api/groups/99999999999").then().statusCode(404);
        Api.as(owner).get("/api/groups?includeArchived=misschien").then().statusCode(422);
        Api.as(owner).get("/api/groups?limit=0").then().statusCode(422);
        long id = Groups.create(owner, "public");
        Api.as(owner).body(Map.of("role", "koning")).put("/api/groups/" + id + "/members/" + owner.username())
                .then().statusCode(422);
        Api.as(owner).put("/api/groups/" + id + "/members/niemand" + System.nanoTime()).then().statusCode(404);
        Api.as(owner).body(Map.of("visibility", "half")).patch("/api/groups/" + id).then().statusCode(422);
        Api.as(owner).get("/api/groups/" + id).then().body("visibility", equalTo("public"));
        Api.anonymous().get("/api/groups").then().statusCode(401);
        Api.anonymous().body(Map.of("name", "Anoniem", "visibility", "public")).post("/api/groups").then()
                .statusCode(401);
    }

    @Test
    void anyoneJoinsAPublicGroupAndReadsItsPostsInTheirHomeFeed() {
        Person owner = People.employee();
        Person colleague = People.employee();
        long group = Groups.create(owner, "public");
        long post = Posts.publish(owner, "Welkom in de groep", Map.of("groupId", group));
        Api.as(colleague).get("/api/posts/" + post).then().statusCode(200).body("group.id", equalTo((int) group));
        Api.as(colleague).get("/api/groups/" + group + "/posts").then().statusCode(200)
                .body("items.id", hasItem((int) post));
        Api.as(colleague).get("/api/feed").then().body("items.id", not(hasItem((int) post)));
        Api.as(colleague).put("/api/groups/" + group + "/members/me").then().statusCode(204);
        Api.as(colleague).put("/api/groups/" + group + "/members/me").then().statusCode(204);
        Api.as(colleague).get("/api/feed").then().body("items.id", hasItem((int) post));
        Api.as(colleague).get("/api/me/follows").then().body("groups", hasItem((int) group));
        Api.as(colleague).get("/api/groups/" + group).then().body("myRole", equalTo("member"))
                .body("memberCount", equalTo(2));
        Api.as(colleague).delete("/api/groups/" + group + "/members/me").then().statusCode(204);
        Api.as(colleague).get("/api/feed").then().body("items.id", not(hasItem((int) post)));
        Api.as(colleague).get("/api/groups/" + group).then().body("myRole", nullValue());
    }

    @Test
    void aPrivateGroupIsListedButItsMembersAndPostsAreForMembersAfterApproval() {
        Person owner = People.employee();
        Person asker = People.employee();
        String name = "Overname Vertrouwelijk " + System.nanoTime();
        long group = Groups.create(owner, name, "private");
        long post = Posts.publish(owner, "De overname gaat door. #overname", Map.of("groupId", group));
        Api.as(asker).queryParam("q", name).get("/api/groups").then().statusCode(200)
                .body("items.name", contains(name)).body("items[0].memberCount", nullValue())
                .body("items[0].myRole", nullValue());
        Api.as(asker).get("/api/groups/" + group + "/members").then().statusCode(403);
        Api.as(asker).get("/api/groups/" + group + "/posts").then().statusCode(403);
        Api.as(asker).get("/api/posts/" + post).then().statusCode(404);
        Api.as(asker).get("/api/groups/" + group + "/join-requests").then().statusCode(403);

        Api.as(asker).put("/api/groups/" + group + "/members/me").then().statusCode(202);
        Api.as(asker).put("/api/groups/" + group + "/members/me").then().statusCode(202);
        Api.as(asker).get("/api/groups/" + group).then().body("myRole", equalTo("requested"));
        Api.as(asker).get("/api/posts/" + post).then().statusCode(404);
        Api.as(owner).get("/api/groups/" + group + "/join-requests").then().statusCode(200)
                .body("username", contains(asker.username()));

        Api.as(owner).put("/api/groups/" + group + "/members/" + asker.username()).then().statusCode(204);
        Api.as(owner).get("/api/groups/" + group + "/join-requests").then().body("$", empty());
        Api.as(asker).get("/api/posts/" + post).then().statusCode(200);
        Api.as(asker).get("/api/groups/" + group + "/posts").then().body("items.id", hasItem((int) post));
        Api.as(asker).get("/api/groups/" + group).then().body("myRole", equalTo("member"))
                .body("memberCount", equalTo(2));
    }

    @Test
    void rejectingOrWithdrawingARequestLeavesNoTrace() {
        Person owner = People.employee();
        Person asker = People.employee();
        long group = Groups.create(owner, "private");
        Api.as(asker).put("/api/groups/" + group + "/members/me").then().statusCode(202);
        Api.as(owner).delete("/api/groups/" + group + "/members/" + asker.username()).then().statusCode(204);
        Api.as(owner).get("/api/groups/" + group + "/join-requests").then().body("$", empty());
        Api.as(asker).get("/api/groups/" + group).then().body("myRole", nullValue());
        Api.as(asker).put("/api/groups/" + group + "/members/me").then().statusCode(202);
        Api.as(asker).delete("/api/groups/" + group + "/members/me").then().statusCode(204);
        Api.as(owner).get("/api/groups/" + group + "/join-requests").then().body("$", empty());
    }

    @Test
    void ownersAndAdminsManageMembersButOnlyOwnersMakeOwnersAndTheLastOwnerStays() {
        Person owner = People.employee();
        Person admin = People.employee();
        Person member = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, admin);
        Groups.setRole(owner, group, admin, "admin");
        Groups.add(admin, group, member);
        Api.as(member).put("/api/groups/" + group + "/members/" + People.employee().username()).then()
                .statusCode(403);
        Api.as(member).body(Map.of("name", "Overgenomen")).patch("/api/groups/" + group).then().statusCode(403);
        Api.as(admin).body(Map.of("role", "owner")).put("/api/groups/" + group + "/members/" + member.username())
                .then().statusCode(403);
        Api.as(admin).delete("/api/groups/" + group + "/members/" + owner.username()).then().statusCode(403);
        Api.as(owner).delete("/api/groups/" + group + "/members/me").then().statusCode(409);
        Api.as(owner).body(Map.of("role", "member")).put("/api/groups/" + group + "/members/" + owner.username())
                .then().statusCode(409);
        Groups.setRole(owner, group, member, "owner");
        Api.as(owner).delete("/api/groups/" + group + "/members/me").then().statusCode(204);
        Api.as(member).get("/api/groups/" + group + "/members").then()
                .body("username", contains(member.username(), admin.username()))
                .body("role", contains("owner", "admin"));
        Groups.remove(admin, group, People.employee());
        Api.as(owner).get("/api/groups/" + group + "/members").then().statusCode(403);
    }

    @Test
    void managersRenameDescribeAndChangeVisibility() {
        Person owner = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(owner, "public");
        long post = Posts.publish(owner, "Eerst openbaar", Map.of("groupId", group));
        Api.as(outsider).get("/api/posts/" + post).then().statusCode(200);
        String name = "Nieuwe naam " + System.nanoTime();
        Api.as(owner).body(Map.of("name", name, "visibility", "private")).patch("/api/groups/" + group).then()
                .statusCode(200).body("name", equalTo(name)).body("visibility", equalTo("private"))
                .body("description", containsString("Voor het overleg"));
        Api.as(outsider).get("/api/posts/" + post).then().statusCode(404);
    }

    @Test
    void anArchivedGroupKeepsItsPostsButTakesNoNewPostsMembersOrChanges() {
        Person owner = People.employee();
        Person member = People.employee();
        long group = Groups.create(owner, "public");
        Groups.add(owner, group, member);
        long post = Posts.publish(member, "Laatste bericht", Map.of("groupId", group));
        Api.as(member).delete("/api/groups/" + group).then().statusCode(403);
        Api.as(owner).delete("/api/groups/" + group).then().statusCode(204);
        Api.as(owner).delete("/api/groups/" + group).then().statusCode(204);
        Api.as(member).get("/api/posts/" + post).then().statusCode(200);
        Api.as(member).body(Map.of("body", "Nog eentje", "groupId", group)).post("/api/posts").then()
                .statusCode(422).body("errors[0].field", equalTo("groupId"));
        Api.as(member).body(Map.of("body", "Reactie", "inReplyTo", post)).post("/api/posts").then().statusCode(422);
        // The reach preview asks the same rule as posting: an archived group takes no drafts either.
        Api.as(member).body(Map.of("body", "Nog eentje", "groupId", group)).post("/api/alerts/preview").then()
                .statusCode(422).body("errors[0].field", equalTo("groupId"));
        Api.as(People.employee()).put("/api/groups/" + group + "/members/me").then().statusCode(409);
        Api.as(owner).body(Map.of("name", "Weer open")).patch("/api/groups/" + group).then().statusCode(409);
        Api.as(owner).get("/api/groups/" + group).then().body("archived", equalTo(true));
        Api.as(owner).get("/api/groups?q=" + group).then().statusCode(200);
    }

    @Test
    void postingInAGroupNeedsMembershipAndRepliesStayInTheirThreadsGroup() {
        Person owner = People.employee();
        Person outsider = People.employee();
        long open = Groups.create(owner, "public");
        long closed = Groups.create(owner, "private");
        Api.as(outsider).body(Map.of("body", "Mag ik hier posten?", "groupId", open)).post("/api/posts").then()
                .statusCode(422).body("errors[0].field", equalTo("groupId"));
        String refusedPrivate = Api.as(outsider).body(Map.of("body", "En hier?", "groupId", closed))
                .post("/api/posts").then().statusCode(422).extract().asString();
        String refusedMissing = Api.as(outsider).body(Map.of("body", "En hier?", "groupId", 987654321987L))
                .post("/api/posts").then().statusCode(422).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(refusedMissing, refusedPrivate);
        long root = Posts.publish(owner, "Openbare groepsvraag", Map.of("groupId", open));
        long reply = Posts.reply(outsider, root, "Een reactie van buiten de groep");
        Api.as(owner).get("/api/posts/" + reply).then().body("group.id", equalTo((int) open));
        Api.as(outsider).body(Map.of("body", "Verkeerde groep", "inReplyTo", root, "groupId", closed))
                .post("/api/posts").then().statusCode(422);
    }

    @Test
    void joiningAtOnceFromManyRequestsGivesOneMembership() throws Exception {
        Person owner = People.employee();
        long group = Groups.create(owner, "public");
        List<Person> people = List.of(People.employee(), People.employee(), People.employee());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new java.util.ArrayList<>();
            for (Person person : people) {
                for (int i = 0; i < 2; i++) {
                    calls.add(() -> Api.as(person).put("/api/groups/" + group + "/members/me").statusCode());
                }
            }
            for (Future<Integer> result : pool.invokeAll(calls)) {
                org.junit.jupiter.api.Assertions.assertEquals(204, result.get());
            }
        } finally {
            pool.shutdown();
        }
        Api.as(owner).get("/api/groups/" + group).then().body("memberCount", equalTo(4));
    }
}
