package nl.relay.web;

import static io.restassured.RestAssured.given;
import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** The group pages: the list, starting a group, joining, asking, approving, posting, managing (on the admin page). */
@QuarkusTest
class GroupPagesTest {

    @Test
    void startAGroupFromTheListAndPostInIt() {
        Person owner = People.employee();
        String cookie = cookie(owner);
        String name = "Team Détachering " + System.nanoTime();
        String location = form(cookie).formParam("name", name).formParam("description", "Het detacheringsteam")
                .formParam("visibility", "private").post("/groups").then().statusCode(303).extract()
                .header("Location");
        String path = location.substring(location.indexOf("/groups/"));
        page(cookie).get("/groups").then().statusCode(200).body(containsString(name.replace("é", "é")));
        page(cookie).get(path).then().statusCode(200).body(containsString("data-testid=\"composer\""))
                .body(containsString("href=\"" + path + "/admin\"")).body(containsString("Besloten"));
        page(cookie).get(path + "/admin").then().statusCode(200).body(containsString("data-testid=\"join-requests\""));
        form(cookie).formParam("body", "Eerste bericht in de groep #detachering").post(path + "/posts").then()
                .statusCode(303);
        page(cookie).get(path).then().body(containsString("Eerste bericht in de groep"));
        form(cookie).formParam("name", name.toUpperCase()).formParam("visibility", "public").post("/groups").then()
                .statusCode(409).body(containsString("value=\"" + name.toUpperCase() + "\""));
        form(cookie).formParam("name", "").formParam("visibility", "public").post("/groups").then().statusCode(422);
        form(cookie).formParam("name", "Geheim genootschap").formParam("visibility", "geheim").post("/groups").then()
                .statusCode(422);
    }

    @Test
    void anOutsiderAsksToJoinAPrivateGroupAndSeesItsPostsOnlyOnceApproved() {
        Person owner = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(owner, "private");
        long secret = Posts.publish(owner, "Vertrouwelijk: reorganisatie bij de klant", Map.of("groupId", group));
        String outsiderCookie = cookie(outsider);
        page(outsiderCookie).get("/groups/" + group).then().statusCode(200)
                .body(containsString("data-testid=\"private-notice\""))
                .body(not(containsString("Vertrouwelijk: reorganisatie")))
                .body(not(containsString("data-testid=\"members\"")));
        page(outsiderCookie).get("/posts/" + secret).then().statusCode(404);
        form(outsiderCookie).post("/groups/" + group + "/join").then().statusCode(303);
        page(outsiderCookie).get("/groups/" + group).then().body(containsString("Je aanvraag wacht op goedkeuring."));

        String ownerCookie = cookie(owner);
        page(ownerCookie).get("/groups/" + group + "/admin").then()
                .body(containsString("/groups/" + group + "/admin/requests/" + outsider.username() + "/approve"));
        form(ownerCookie).post("/groups/" + group + "/admin/requests/" + outsider.username() + "/approve").then()
                .statusCode(303);
        page(outsiderCookie).get("/groups/" + group).then().body(containsString("Vertrouwelijk: reorganisatie"))
                .body(containsString("data-testid=\"members\""));
        page(outsiderCookie).get("/").then().body(containsString("Vertrouwelijk: reorganisatie"));
        form(outsiderCookie).post("/groups/" + group + "/leave").then().statusCode(303);
        page(outsiderCookie).get("/").then().body(not(containsString("Vertrouwelijk: reorganisatie")));
    }

    @Test
    void managersAddPromoteRemoveEditAndArchiveFromTheAdminPage() {
        Person owner = People.employee();
        Person colleague = People.employee();
        long group = Groups.create(owner, "public");
        String cookie = cookie(owner);
        String admin = "/groups/" + group + "/admin";
        form(cookie).formParam("member", colleague.username()).post(admin + "/members").then().statusCode(303);
        form(cookie).formParam("role", "admin").post(admin + "/members/" + colleague.username() + "/role").then()
                .statusCode(303);
        Api.as(owner).get("/api/groups/" + group + "/members").then().body("role", hasItem("admin"));
        form(cookie).formParam("member", "niemand" + System.nanoTime()).post(admin + "/members").then()
                .statusCode(422);
        form(cookie).formParam("role", "member").post(admin + "/members/" + owner.username() + "/role").then()
                .statusCode(409).body(containsString("De laatste eigenaar blijft eigenaar"));
        page(cookie).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port).formParam("role", "member")
                .post(admin + "/members/" + owner.username() + "/role").then().statusCode(409)
                .body(containsString("group: The group&#39;s last owner stays owner"));
        String name = "Hernoemd " + System.nanoTime();
        form(cookie).formParam("name", name).formParam("description", "Nieuwe omschrijving")
                .formParam("visibility", "private").post(admin + "/edit").then().statusCode(303);
        Api.as(owner).get("/api/groups/" + group).then().body("name", equalTo(name))
                .body("visibility", equalTo("private"));
        form(cookie).post(admin + "/members/" + colleague.username() + "/remove").then().statusCode(303);
        form(cookie).post(admin + "/archive").then().statusCode(303);
        page(cookie).get("/groups/" + group).then().body(containsString("Gearchiveerd"))
                .body(not(containsString("data-testid=\"composer\"")));
        form(cookie(colleague)).post(admin + "/archive").then().statusCode(404);
    }

    @Test
    void theHomeComposerPostsIntoOneOfMyGroupsAndCardsShowTheGroup() {
        Person owner = People.employee();
        long group = Groups.create(owner, "Bureau Oost " + System.nanoTime(), "private");
        String cookie = cookie(owner);
        page(cookie).get("/").then().body(containsString("<option value=\"" + group + "\""));
        form(cookie).formParam("body", "Via de tijdlijn in de groep").formParam("groupId", String.valueOf(group))
                .post("/posts").then().statusCode(303);
        page(cookie).get("/").then().body(containsString("href=\"/groups/" + group + "\""));
        String outsider = cookie(People.employee());
        form(outsider).formParam("body", "Mag niet").formParam("groupId", String.valueOf(group)).post("/posts").then()
                .statusCode(422);
        form(outsider).formParam("body", "Ook niet").formParam("groupId", "abc").post("/posts").then().statusCode(422);
        page(outsider).get("/groups/abc").then().statusCode(404);
        page(outsider).get("/groups/99999999999").then().statusCode(404);
        form(outsider).post("/groups/99999999999/join").then().statusCode(404);
        given().redirects().follow(false).get("/groups").then().statusCode(303);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").cookie("relay_session", outsider)
                .post("/groups/" + group + "/join").then().statusCode(403);
    }

    /**
     * Posting too often from a group's composer answers the page that says how long to wait (429, Retry-After), not
     * the composer with an error. relay.limits.posts: 60 a minute; within 121 tries a minute's window is full.
     */
    @Test
    void postingTooOftenFromAGroupsComposerAnswersThePageThatSaysHowLongToWait() {
        Person owner = People.employee();
        long group = Groups.create(owner, "public");
        String cookie = cookie(owner);
        for (int i = 0; i < 121; i++) {
            io.restassured.response.Response answer = form(cookie).formParam("body", "Stand van zaken " + i)
                    .post("/groups/" + group + "/posts");
            if (answer.statusCode() == 429) {
                answer.then().contentType(containsString("text/html"))
                        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                        .body(containsString("data-testid=\"too-many-requests\""));
                return;
            }
            answer.then().statusCode(303);
        }
        throw new AssertionError("a post over the limit is refused");
    }
}
