package nl.relay.posts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostsTest {

    @Test
    void onlyRecruitersPostCandidatesAndVacancies() {
        Person employee = People.employee();
        for (String kind : List.of("candidate", "vacancy")) {
            Api.as(employee).body(Map.of("body", "Interne vacature: teamleider klantenservice", "kind", kind))
                    .post("/api/posts").then().statusCode(403);
        }
        Api.as(employee).queryParam("author", employee.username()).get("/api/posts").then().body("items", empty());
        Api.as(People.recruiter()).body(Map.of("body", "Vacature: planner in Tilburg", "kind", "vacancy"))
                .post("/api/posts").then().statusCode(201).body("kind", equalTo("vacancy"));
    }

    @Test
    void aPublishedPostCarriesItsAuthorAndDefaults() {
        Person author = People.employee();
        Api.as(author).body(Map.of("body", "  Wissel online en offline ontmoeting af.  ")).post("/api/posts").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/posts/\\d+"))
                .body("id", notNullValue())
                .body("author.username", equalTo(author.username()))
                .body("author.displayName", equalTo("Test " + author.username()))
                .body("body", equalTo("Wissel online en offline ontmoeting af."))
                .body("kind", equalTo("note"))
                .body("topics", empty()).body("mentions", empty())
                .body("group", nullValue()).body("client", nullValue()).body("sector", nullValue())
                .body("inReplyTo", nullValue())
                .body("createdAt", notNullValue()).body("editedAt", nullValue())
                .body("deleted", equalTo(false)).body("likeCount", equalTo(0)).body("likedByMe", equalTo(false))
                .body("replyCount", equalTo(0));
    }

    @Test
    void aRootPostIsItsOwnThread() {
        Person author = People.employee();
        long id = Posts.publish(author, "Nieuwe vacature bij een klant in Utrecht");
        Api.as(author).get("/api/posts/" + id).then().statusCode(200).body("threadId", equalTo((int) id));
    }

    @Test
    void topicsAreCaseFoldedAndOnlyRealHashtags() {
        Person author = People.employee();
        long id = Posts.publish(author, "Twee #Vacatures voor een #vacatures-bureau, #Zorg en #zorg; "
                + "ervaring met C# vereist, zie https://example.nl/pagina#sectie en #2012 #Café_Utrecht");
        Api.as(author).get("/api/posts/" + id).then()
                .body("topics", contains("café_utrecht", "vacatures", "zorg"));
    }

    @Test
    void onlyActiveAccountsAreMentioned() {
        Person author = People.employee();
        Person colleague = People.employee();
        Person former = People.employee();
        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + former.username())
                .then().statusCode(200);
        String body = "Kunnen @" + colleague.username().toUpperCase() + " en @" + former.username()
                + " even kijken? Mail naar jan@bedrijf.nl, of vraag @niemand-bestaat. Dank @" + colleague.username()
                + ".";
        long id = Posts.publish(author, body);
        Api.as(author).get("/api/posts/" + id).then()
                .body("mentions", contains(colleague.username()))
                .body("body", equalTo(body));
    }

    @Test
    void repliesBelongToTheRootThreadInOrder() {
        Person anna = People.employee();
        Person bram = People.employee();
        long root = Posts.publish(anna, "Wie kent iemand bij Rabobank?");
        long first = Posts.reply(bram, root, "Ik, via mijn netwerk.");
        long second = Posts.reply(anna, first, "Top, stuur je me de naam?");
        long third = Posts.reply(bram, root, "Doe ik vanmiddag.");
        Api.as(anna).get("/api/posts/" + second).then().body("inReplyTo", equalTo((int) first))
                .body("threadId", equalTo((int) root));
        Api.as(bram).get("/api/posts/" + second + "/thread").then().statusCode(200)
                .body("root.id", equalTo((int) root))
                .body("root.replyCount", equalTo(3))
                .body("replies.id", contains((int) first, (int) second, (int) third));
        Api.as(bram).get("/api/posts/" + first).then().body("replyCount", equalTo(1));
    }

    @Test
    void editsKeepEveryEarlierVersion() {
        Person author = People.employee();
        long id = Posts.publish(author, "Vacature voor een #developer");
        Api.as(author).body(Map.of("body", "Vacature voor een senior #Java developer")).patch("/api/posts/" + id)
                .then().statusCode(200).body("editedAt", notNullValue())
                .body("topics", contains("java"));
        Api.as(author).body(Map.of("body", "Vacature vervuld")).patch("/api/posts/" + id).then().statusCode(200);
        Api.as(author).get("/api/posts/" + id + "/history").then().statusCode(200)
                .body("body", contains("Vacature voor een #developer", "Vacature voor een senior #Java developer",
                        "Vacature vervuld"))
                .body("editedAt", hasSize(3));
    }

    @Test
    void onlyTheAuthorEdits() {
        Person author = People.employee();
        long id = Posts.publish(author, "Mijn bericht");
        Api.as(People.employee()).body(Map.of("body", "Gekaapt")).patch("/api/posts/" + id).then().statusCode(403);
        Api.as(People.adminToken()).body(Map.of("body", "Gekaapt")).patch("/api/posts/" + id).then().statusCode(403);
        Api.as(author).get("/api/posts/" + id).then().body("body", equalTo("Mijn bericht"));
    }

    @Test
    void aDeletedPostLeavesATombstoneAndItsRepliesStay() {
        Person author = People.employee();
        Person other = People.employee();
        long root = Posts.publish(author, "Reorganisatie bij #klant, vertrouwelijk");
        long reply = Posts.reply(other, root, "Dank voor de tip");
        Api.as(author).body(Map.of("body", "Reorganisatie bij #klant")).patch("/api/posts/" + root).then()
                .statusCode(200);
        Api.as(other).delete("/api/posts/" + root).then().statusCode(403);
        Api.as(author).delete("/api/posts/" + root).then().statusCode(204);
        Api.as(other).get("/api/posts/" + root).then().statusCode(200)
                .body("deleted", equalTo(true)).body("body", equalTo("")).body("topics", empty());
        Api.as(other).get("/api/posts/" + root + "/history").then().statusCode(200).body("$", empty());
        Api.as(other).delete("/api/posts/" + root + "/like").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        Api.as(other).get("/api/posts/" + root).then().body("likeCount", equalTo(0)).body("likedByMe", equalTo(false));
        Api.as(other).get("/api/posts/" + reply + "/thread").then().statusCode(200)
                .body("root.deleted", equalTo(true)).body("replies.id", contains((int) reply))
                .body("replies[0].body", equalTo("Dank voor de tip"));
        Api.as(author).delete("/api/posts/" + root).then().statusCode(204);
        Api.as(author).body(Map.of("body", "terug")).patch("/api/posts/" + root).then().statusCode(409);
        Api.as(other).queryParam("topic", "klant").get("/api/posts").then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) root)));
    }

    @Test
    void anAdminMayRemoveAnyPost() {
        long id = Posts.publish(People.employee(), "Ongepast bericht");
        Api.as(People.adminToken()).delete("/api/posts/" + id).then().statusCode(204);
    }

    @Test
    void likesAreIdempotent() {
        Person author = People.employee();
        Person fan = People.employee();
        long id = Posts.publish(author, "Goede kandidaat gevonden!");
        Api.as(fan).put("/api/posts/" + id + "/like").then().statusCode(204);
        Api.as(fan).put("/api/posts/" + id + "/like").then().statusCode(204);
        Api.as(fan).get("/api/posts/" + id).then().body("likeCount", equalTo(1)).body("likedByMe", equalTo(true));
        Api.as(author).get("/api/posts/" + id).then().body("likedByMe", equalTo(false));
        Api.as(fan).delete("/api/posts/" + id + "/like").then().statusCode(204);
        Api.as(fan).delete("/api/posts/" + id + "/like").then().statusCode(204);
        Api.as(fan).get("/api/posts/" + id).then().body("likeCount", equalTo(0)).body("likedByMe", equalTo(false));
    }

    @Test
    void unknownPostsAreNotFound() {
        Person reader = People.employee();
        for (String id : List.of("999999999", "abc", "-1", "0", "1.5")) {
            Api.as(reader).get("/api/posts/" + id).then().statusCode(404).contentType("application/problem+json");
        }
        Api.as(reader).put("/api/posts/999999999/like").then().statusCode(404);
        Api.as(reader).get("/api/posts/999999999/thread").then().statusCode(404);
        Api.as(reader).get("/api/posts/999999999/history").then().statusCode(404);
        Api.as(reader).delete("/api/posts/999999999").then().statusCode(404);
        Api.as(reader).body(Map.of("body", "x")).patch("/api/posts/999999999").then().statusCode(404);
    }

    @Test
    void badPostsAreRefusedAndNothingIsStored() {
        Person author = People.employee();
        List<Map<String, Object>> bad = List.of(
                Map.of("body", ""),
                Map.of("body", "   \n\t "),
                Map.of("body", "x".repeat(5001)),
                Map.of("body", "hallo", "kind", "memo"),
                Map.of("body", "hallo", "inReplyTo", 999999999),
                Map.of("body", "hallo", "clientId", 999999999),
                Map.of("body", "hallo", "sectorCode", "ruimtevaart"),
                Map.of("body", "hallo", "groupId", 1),
                Map.of("body", "nul\u0000byte"),
                Map.of("body", "hallo", "author", Map.of("username", "admin")),
                Map.of("body", "hallo", "id", 5),
                Map.of("body", "hallo", "createdAt", "2010-12-24T15:50:34Z"),
                Map.of("body", 42),
                Map.of("body", "hallo", "inReplyTo", "first"));
        for (Map<String, Object> request : bad) {
            Api.as(author).body(request).post("/api/posts").then().statusCode(422)
                    .contentType("application/problem+json");
        }
        Api.as(author).body("{\"body\": ").post("/api/posts").then().statusCode(400);
        Api.as(author).post("/api/posts").then().statusCode(400);
        Api.as(author).contentType("text/plain").body("hallo").post("/api/posts").then().statusCode(415);
        Api.as(author).queryParam("author", author.username()).get("/api/posts").then().body("items", empty());
    }

    @Test
    void fiveThousandCharactersFit() {
        Person author = People.employee();
        String body = "ë".repeat(5000);
        Api.as(author).body(Map.of("body", body)).post("/api/posts").then().statusCode(201)
                .body("body", equalTo(body));
    }

    @Test
    void aReplyToARemovedPostIsRefused() {
        Person author = People.employee();
        long id = Posts.publish(author, "Weg ermee");
        Api.as(author).delete("/api/posts/" + id).then().statusCode(204);
        Api.as(author).body(Map.of("body", "Te laat", "inReplyTo", id)).post("/api/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("inReplyTo"));
        Api.as(author).put("/api/posts/" + id + "/like").then().statusCode(409);
    }

    @Test
    void postsNeedASignedInAuthor() {
        Api.anonymous().body(Map.of("body", "anoniem")).post("/api/posts").then().statusCode(401);
        Api.anonymous().get("/api/posts").then().statusCode(401);
        Api.anonymous().get("/api/feed").then().statusCode(401);
    }

    @Test
    void theLocationLeadsToThePost() {
        Person author = People.employee();
        String location = Api.as(author).body(Map.of("body", "Volg de link")).post("/api/posts").then()
                .statusCode(201).extract().header("Location");
        Api.as(author).get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body("body", equalTo("Volg de link"));
        org.hamcrest.MatcherAssert.assertThat(location, endsWith("/api/posts/" + location.replaceAll(".*/", "")));
    }
}
