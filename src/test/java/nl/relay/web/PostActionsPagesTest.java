package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/**
 * Acting on a post from its card without JavaScript (like, follow, mute, edit with its history, remove)
 * for who may, refused as the API refuses for who may not; and the thread page: replies to replies
 * indented under the reply they answer, its heading, its way back.
 */
@QuarkusTest
class PostActionsPagesTest {

    @Test
    void aReaderLikesAndUnlikesAndReturnsToThePage() {
        Person author = People.employee();
        Person me = People.employee();
        long post = Posts.publish(author, "Wie heeft er nog een heftruckchauffeur voor Tilburg?");
        String cookie = cookie(me);
        page(cookie).get("/all").then().statusCode(200)
                .body(containsString("action=\"/posts/" + post + "/like\""))
                .body(not(containsString("0 ♥")));

        form(cookie).formParam("back", "/all?kind=note").post("/posts/" + post + "/like").then().statusCode(303)
                .header("Location", endsWith("/all?kind=note"));
        Api.as(me).get("/api/posts/" + post).then().body("likeCount", equalTo(1)).body("likedByMe", equalTo(true));
        page(cookie).get("/posts/" + post).then()
                .body(containsString("action=\"/posts/" + post + "/unlike\""))
                .body(containsString("aria-pressed=\"true\" data-testid=\"like\""))
                .body(containsString("<span class=\"visually-hidden\">1 keer leuk gevonden</span>"));

        form(cookie).formParam("back", "/all").post("/posts/" + post + "/unlike").then().statusCode(303);
        Api.as(me).get("/api/posts/" + post).then().body("likeCount", equalTo(0)).body("likedByMe", equalTo(false));
    }

    @Test
    void followingAndMutingTheThreadShowTheirState() {
        Person author = People.employee();
        Person me = People.employee();
        long root = Posts.publish(author, "Nieuwe afspraken met de uitzendkoepel");
        long reply = Posts.reply(author, root, "Eerste punt: de tarieven");
        String cookie = cookie(me);
        page(cookie).get("/posts/" + root).then()
                .body(containsString("aria-pressed=\"false\" data-testid=\"follow\""))
                .body(not(containsString("aria-pressed=\"true\" data-testid=\"follow\"")));

        form(cookie).formParam("back", "/posts/" + root).post("/posts/" + reply + "/follow").then().statusCode(303)
                .header("Location", endsWith("/posts/" + root));
        page(cookie).get("/posts/" + root).then()
                .body(containsString("aria-pressed=\"true\" data-testid=\"follow\""))
                .body(not(containsString("aria-pressed=\"true\" data-testid=\"mute\"")));

        form(cookie).formParam("back", "/").post("/posts/" + root + "/mute").then().statusCode(303);
        page(cookie).get("/posts/" + root).then()
                .body(containsString("aria-pressed=\"true\" data-testid=\"mute\""))
                .body(not(containsString("aria-pressed=\"true\" data-testid=\"follow\"")));
    }

    @Test
    void theAuthorEditsAndEveryReaderSeesTheHistory() {
        Person author = People.employee();
        Person reader = People.employee();
        long post = Posts.publish(author, "Sollicitatiegesprek verplaats naar donderdag");
        String cookie = cookie(author);
        page(cookie).get("/posts/" + post).then().body(containsString("href=\"/posts/" + post + "/edit?back="))
                .body(not(containsString("data-testid=\"edited\"")));

        page(cookie).get("/posts/" + post + "/edit?back=/all").then().statusCode(200)
                .body(containsString("Sollicitatiegesprek verplaats naar donderdag</textarea>"))
                .body(containsString("<h1>Bericht bewerken</h1>"));
        form(cookie).formParam("body", "  ").formParam("back", "/all").post("/posts/" + post + "/edit").then()
                .statusCode(422).body(containsString("Tekst: mag niet leeg zijn"));
        form(cookie).formParam("body", "x".repeat(5001)).formParam("back", "/all").post("/posts/" + post + "/edit")
                .then().statusCode(422).body(containsString("mag hoogstens 5000 tekens lang zijn"));
        form(cookie).formParam("body", "Sollicitatiegesprek verplaatst naar donderdag").formParam("back", "/all")
                .post("/posts/" + post + "/edit").then().statusCode(303).header("Location", endsWith("/all"));

        Api.as(reader).get("/api/posts/" + post).then()
                .body("body", equalTo("Sollicitatiegesprek verplaatst naar donderdag"));
        String readerCookie = cookie(reader);
        page(readerCookie).get("/posts/" + post).then().body(containsString("data-testid=\"edited\""))
                .body(not(containsString("/posts/" + post + "/edit")));
        page(readerCookie).get("/posts/" + post + "/history").then().statusCode(200)
                .body(containsString("Sollicitatiegesprek verplaats naar donderdag"))
                .body(containsString("Sollicitatiegesprek verplaatst naar donderdag"))
                .body(containsString("huidige tekst"));
    }

    @Test
    void anotherPersonsPostCannotBeEditedOrRemoved() {
        Person author = People.employee();
        Person other = People.employee();
        long post = Posts.publish(author, "Mijn eigen bericht over de planning");
        String cookie = cookie(other);
        page(cookie).get("/posts/" + post).then().statusCode(200)
                .body(not(containsString("data-testid=\"edit\"")))
                .body(not(containsString("data-testid=\"remove\"")));
        page(cookie).get("/posts/" + post + "/edit").then().statusCode(403);
        form(cookie).formParam("body", "Overschreven").post("/posts/" + post + "/edit").then().statusCode(403)
                .body(containsString("Dat kan niet"));
        page(cookie).get("/posts/" + post + "/remove").then().statusCode(403);
        form(cookie).post("/posts/" + post + "/remove").then().statusCode(403);
        Api.as(author).get("/api/posts/" + post).then().body("body", equalTo("Mijn eigen bericht over de planning"))
                .body("deleted", equalTo(false));
    }

    @Test
    void theAuthorAndAnAdminRemoveAfterAConfirmation() {
        Person author = People.employee();
        Person admin = People.admin();
        long mine = Posts.publish(author, "Dit klopt niet meer");
        long theirs = Posts.publish(author, "Dit hoort hier niet");
        String cookie = cookie(author);
        page(cookie).get("/posts/" + mine + "/remove?back=/").then().statusCode(200)
                .body(containsString("action=\"/posts/" + mine + "/remove\""))
                .body(containsString("Dit bericht verwijderen?"));
        form(cookie).formParam("back", "/").post("/posts/" + mine + "/remove").then().statusCode(303)
                .header("Location", endsWith("/"));
        Api.as(author).get("/api/posts/" + mine).then().body("deleted", equalTo(true));

        String adminCookie = cookie(admin);
        page(adminCookie).get("/posts/" + theirs).then().body(containsString("data-testid=\"remove\""))
                .body(not(containsString("data-testid=\"edit\"")));
        page(adminCookie).get("/posts/" + theirs + "/edit").then().statusCode(403);
        form(adminCookie).formParam("back", "/all").post("/posts/" + theirs + "/remove").then().statusCode(303)
                .header("Location", endsWith("/all"));
        Api.as(author).get("/api/posts/" + theirs).then().body("deleted", equalTo(true));
    }

    @Test
    void aPrivateGroupPostSomeoneCannotReadAnswersNotFound() {
        Person owner = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(owner, "private");
        long post = Posts.publish(owner, "Alleen voor de groep", Map.of("groupId", group));
        String cookie = cookie(outsider);
        for (String action : new String[]{"like", "unlike", "follow", "mute", "edit", "remove"}) {
            form(cookie).formParam("body", "x").post("/posts/" + post + "/" + action).then().statusCode(404)
                    .body(containsString("Niet gevonden"));
        }
        for (String action : new String[]{"edit", "remove", "history"}) {
            page(cookie).get("/posts/" + post + "/" + action).then().statusCode(404);
        }
        Api.as(owner).get("/api/posts/" + post).then().body("likeCount", equalTo(0));
    }

    @Test
    void onlyALocalBackIsFollowedAndBadIdsAreNotFound() {
        Person author = People.employee();
        Person me = People.employee();
        long root = Posts.publish(author, "Een gewoon bericht");
        long reply = Posts.reply(author, root, "Een reactie");
        String cookie = cookie(me);
        for (String back : new String[]{"//evil.example", "/\\evil.example", "https://evil.example/", "",
                "javascript:x"}) {
            form(cookie).formParam("back", back).post("/posts/" + reply + "/like").then().statusCode(303)
                    .header("Location", endsWith("localhost:" + RestAssured.port + "/posts/" + root));
        }
        for (String id : new String[]{"abc", "99999999999", "-1", "1e3", "9".repeat(30)}) {
            form(cookie).post("/posts/" + id + "/like").then().statusCode(404);
            form(cookie).post("/posts/" + id + "/remove").then().statusCode(404);
            form(cookie).formParam("body", "x").post("/posts/" + id + "/edit").then().statusCode(404);
            page(cookie).get("/posts/" + id + "/edit").then().statusCode(404);
            page(cookie).get("/posts/" + id + "/history").then().statusCode(404);
        }
        page(cookie).get("/posts/" + root + "?replyTo=abc&from=//evil.example").then().statusCode(200)
                .body(containsString("<a href=\"/\" data-testid=\"back\">"));
    }

    @Test
    void aReplyToAReplyIsIndentedUnderTheReplyItAnswers() {
        Person author = People.employee();
        Person first = People.employee();
        Person me = People.employee();
        long root = Posts.publish(author, "Wie heeft ervaring met het nieuwe cao-loonhuis voor uitzendkrachten?");
        long direct = Posts.reply(first, root, "Ik, vorige maand ingevoerd");
        long other = Posts.reply(author, root, "Ook een andere reactie");
        String cookie = cookie(me);

        page(cookie).get("/posts/" + root + "?replyTo=" + direct).then().statusCode(200)
                .body(containsString("action=\"/posts/" + direct + "/replies\""))
                .body(containsString("Reageer op Test " + first.username()));
        String location = form(cookie).formParam("body", "Hoe beviel het?").formParam("from", "/all")
                .post("/posts/" + direct + "/replies").then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/posts/" + root + "?from=%2Fall#post-"), location);
        long nested = Long.parseLong(location.substring(location.indexOf("#post-") + 6));
        Api.as(me).get("/api/posts/" + nested).then().body("threadId", equalTo((int) root))
                .body("inReplyTo", equalTo((int) direct));
        long deeper = Posts.reply(first, nested, "Prima, op een paar vragen na");

        String html = page(cookie).get("/posts/" + root + "?from=/all").then().statusCode(200)
                .body(containsString("<h1 class=\"thread-title\" data-testid=\"thread-title\">Gesprek: Wie heeft "
                        + "ervaring met het nieuwe cao-loonhuis voor"))
                .body(containsString("<title>Gesprek: Wie heeft"))
                .body(containsString("<a href=\"/all\" data-testid=\"back\">"))
                .extract().asString();
        int directAt = html.indexOf("<div class=\"entry\" data-testid=\"entry\" data-entry-id=\"" + direct + "\">");
        int nestedAt = html.indexOf("<div class=\"entry nested\" data-testid=\"entry\" data-entry-id=\"" + nested
                + "\">");
        int deeperAt = html.indexOf("<div class=\"entry nested\" data-testid=\"entry\" data-entry-id=\"" + deeper
                + "\">");
        int otherAt = html.indexOf("<div class=\"entry\" data-testid=\"entry\" data-entry-id=\"" + other + "\">");
        assertTrue(directAt > 0 && nestedAt > directAt && deeperAt > nestedAt && otherAt > deeperAt,
                "direct " + directAt + ", nested " + nestedAt + ", deeper " + deeperAt + ", other " + otherAt);
        assertTrue(html.substring(nestedAt, deeperAt).contains("in reactie op Test " + first.username()));
        assertTrue(html.substring(deeperAt, otherAt).contains("in reactie op Test " + me.username()));
    }

    @Test
    void theWayBackIsTheRelayPageTheReaderCameFrom() {
        Person author = People.employee();
        long root = Posts.publish(author, "Terug naar waar je was");
        String cookie = cookie(author);
        String here = "http://localhost:" + RestAssured.port;
        page(cookie).header("Referer", here + "/topics/zorg?cursor=x").get("/posts/" + root).then()
                .body(containsString("<a href=\"/topics/zorg?cursor=x\" data-testid=\"back\">"));
        page(cookie).header("Referer", "https://evil.example/topics/zorg").get("/posts/" + root).then()
                .body(containsString("<a href=\"/\" data-testid=\"back\">"));
        page(cookie).get("/posts/" + root).then().body(containsString("<a href=\"/\" data-testid=\"back\">"));
    }

    @Test
    void aCalmCardHasNoNoteBadgeNoZeroCountsAndAnInitialsAvatar() {
        Person author = People.recruiter();
        Person me = People.employee();
        long note = Posts.publish(author, "Een gewone notitie");
        long vacancy = Posts.publish(author, "Vacature: planner", Map.of("kind", "vacancy"));
        Posts.reply(me, vacancy, "Interesse!");
        String html = page(cookie(me)).get("/people/" + author.username()).then().statusCode(200).extract()
                .asString();
        String noteCard = card(html, note);
        String vacancyCard = card(html, vacancy);
        assertTrue(!noteCard.contains("class=\"badge\""), noteCard);
        assertTrue(vacancyCard.contains("<span class=\"badge\">Vacature</span>"), vacancyCard);
        assertTrue(!noteCard.contains("data-testid=\"reply-count\""), noteCard);
        assertTrue(vacancyCard.contains("1 reactie</span>"), vacancyCard);
        assertTrue(noteCard.contains("aria-hidden=\"true\">TU</span>"), noteCard);
        assertTrue(noteCard.contains("data-count=\"0\""), noteCard);
        assertEquals(-1, noteCard.indexOf("visually-hidden\">0 keer"), noteCard);
    }

    private static String card(String html, long post) {
        int start = html.indexOf("data-post-id=\"" + post + "\"");
        assertTrue(start > 0, "card " + post);
        return html.substring(start, html.indexOf("</article>", start));
    }
}
