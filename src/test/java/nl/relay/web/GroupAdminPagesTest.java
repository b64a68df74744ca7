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
import org.junit.jupiter.api.Test;

/** A group's admin page: only for its owners and admins, each action, and refusals next to their form. */
@QuarkusTest
class GroupAdminPagesTest {

    @Test
    void ownersAndAdminsSeeTheAdminPageMembersAndStrangersDoNot() {
        Person owner = People.employee();
        Person admin = People.employee();
        Person member = People.employee();
        Person stranger = People.employee();
        long group = Groups.create(owner, "public");
        Groups.add(owner, group, admin);
        Groups.setRole(owner, group, admin, "admin");
        Groups.add(owner, group, member);
        String path = "/groups/" + group + "/admin";

        page(cookie(owner)).get(path).then().statusCode(200).body(containsString("data-testid=\"add-member-form\""))
                .body(containsString("data-testid=\"join-requests\""))
                .body(containsString("data-testid=\"edit-group-form\""))
                .body(containsString("action=\"" + path + "/members/" + member.username() + "/remove\""))
                .body(containsString("<h1>")).body(containsString("data-member-picker"));
        page(cookie(admin)).get(path).then().statusCode(200).body(containsString("data-testid=\"add-member-form\""));
        page(cookie(member)).get(path).then().statusCode(404).body(not(containsString("add-member-form")));
        page(cookie(stranger)).get(path).then().statusCode(404);
        form(cookie(member)).post(path + "/archive").then().statusCode(404);
        form(cookie(stranger)).formParam("member", stranger.username()).post(path + "/members").then().statusCode(404);
        page(cookie(owner)).get("/groups/abc/admin").then().statusCode(404);
        page(cookie(owner)).get("/groups/99999999999/admin").then().statusCode(404);
        given().redirects().follow(false).get(path).then().statusCode(303);

        // The group page links to it for managers only; leaving is a quiet, confirmed action there.
        page(cookie(owner)).get("/groups/" + group).then().body(containsString("href=\"" + path + "\""))
                .body(containsString("data-testid=\"leave-group\"")).body(containsString("data-testid=\"last-owner\""));
        page(cookie(member)).get("/groups/" + group).then().body(not(containsString("href=\"" + path + "\"")))
                .body(containsString("data-testid=\"leave-group\""))
                .body(not(containsString("data-testid=\"last-owner\"")));
    }

    @Test
    void aMemberIsAddedByUsernameOrByADisplayNameOnlyOnePersonHas() {
        Person owner = People.employee();
        Person byUsername = People.employee();
        Person byName = People.employee();
        long group = Groups.create(owner, "private");
        String cookie = cookie(owner);
        String path = "/groups/" + group + "/admin";
        form(cookie).formParam("member", "@" + byUsername.username()).post(path + "/members").then().statusCode(303)
                .header("Location", containsString(path));
        String name = "Floor Uniek " + People.uniqueUsername();
        rename(byName, name);
        form(cookie).formParam("member", name.toLowerCase()).post(path + "/members").then().statusCode(303);
        Api.as(owner).get("/api/groups/" + group + "/members").then()
                .body("username", hasItem(byUsername.username())).body("username", hasItem(byName.username()));
    }

    @Test
    void aNameSeveralPeopleHaveIsRefusedWithTheCandidatesToChooseFrom() {
        Person owner = People.employee();
        Person first = People.employee();
        Person second = People.employee();
        String name = "Sam Dubbel " + People.uniqueUsername();
        rename(first, name);
        rename(second, name);
        long group = Groups.create(owner, "public");
        String cookie = cookie(owner);
        String path = "/groups/" + group + "/admin";
        form(cookie).formParam("member", name).post(path + "/members").then().statusCode(422)
                .body(containsString("data-testid=\"member-candidates\""))
                .body(containsString("name=\"pick\" value=\"" + first.username() + "\""))
                .body(containsString("name=\"pick\" value=\"" + second.username() + "\""))
                .body(containsString("Meer mensen passen bij")).body(containsString("aria-invalid=\"true\""))
                .body(containsString("value=\"" + name + "\""));
        form(cookie).formParam("member", name).formParam("pick", second.username()).post(path + "/members").then()
                .statusCode(303);
        Api.as(owner).get("/api/groups/" + group + "/members").then().body("username", hasItem(second.username()))
                .body("username", not(hasItem(first.username())));
        form(cookie).formParam("member", "niemand " + System.nanoTime()).post(path + "/members").then()
                .statusCode(422).body(containsString("Niemand heet"));
        form(cookie).formParam("member", "").post(path + "/members").then().statusCode(422)
                .body(containsString("data-testid=\"member-error\""));
        englishForm(cookie).formParam("member", "nobody " + System.nanoTime()).post(path + "/members").then()
                .statusCode(422).body(containsString("Nobody is called"));
    }

    @Test
    void joinRequestsAreApprovedAndRejectedAndRolesChangedOnTheAdminPage() {
        Person owner = People.employee();
        Person asker = People.employee();
        Person other = People.employee();
        long group = Groups.create(owner, "private");
        String path = "/groups/" + group + "/admin";
        form(cookie(asker)).post("/groups/" + group + "/join").then().statusCode(303);
        form(cookie(other)).post("/groups/" + group + "/join").then().statusCode(303);
        String cookie = cookie(owner);
        page(cookie).get("/groups/" + group).then().body(containsString("data-testid=\"pending-requests\""));
        page(cookie).get(path).then().body(containsString(path + "/requests/" + asker.username() + "/approve"));
        form(cookie).post(path + "/requests/" + asker.username() + "/approve").then().statusCode(303);
        form(cookie).post(path + "/requests/" + other.username() + "/reject").then().statusCode(303);
        Api.as(owner).get("/api/groups/" + group + "/members").then().body("username", hasItem(asker.username()))
                .body("username", not(hasItem(other.username())));
        form(cookie).formParam("role", "admin").post(path + "/members/" + asker.username() + "/role").then()
                .statusCode(303);
        Api.as(owner).get("/api/groups/" + group + "/members").then().body("find { it.username == '"
                + asker.username() + "' }.role", equalTo("admin"));
        form(cookie).formParam("role", "koning").post(path + "/members/" + asker.username() + "/role").then()
                .statusCode(422).body(containsString("Rol: moet eigenaar, beheerder of lid zijn"));
        form(cookie).formParam("role", "member").post(path + "/members/" + owner.username() + "/role").then()
                .statusCode(409).body(containsString("De laatste eigenaar blijft eigenaar"));
        form(cookie).post(path + "/members/" + asker.username() + "/remove").then().statusCode(303);
        Api.as(owner).get("/api/groups/" + group + "/members").then().body("username", not(hasItem(asker.username())));
    }

    @Test
    void editingRefusesBadInputNextToTheFieldAndArchivingEndsTheAdminForms() {
        Person owner = People.employee();
        long group = Groups.create(owner, "public");
        String cookie = cookie(owner);
        String path = "/groups/" + group + "/admin";
        form(cookie).formParam("name", "").formParam("visibility", "public").post(path + "/edit").then()
                .statusCode(422).body(containsString("id=\"group-name-error\""))
                .body(containsString("aria-describedby=\"group-name-error\""));
        form(cookie).formParam("name", "Geheim genootschap").formParam("visibility", "geheim").post(path + "/edit")
                .then().statusCode(422).body(containsString("Zichtbaarheid: moet openbaar of besloten zijn"))
                .body(containsString("value=\"Geheim genootschap\""));
        form(cookie).post(path + "/edit").then().statusCode(422);
        String name = "Hernoemd " + System.nanoTime();
        form(cookie).formParam("name", name).formParam("description", "Nieuw").formParam("visibility", "private")
                .post(path + "/edit").then().statusCode(303);
        Api.as(owner).get("/api/groups/" + group).then().body("name", equalTo(name))
                .body("visibility", equalTo("private"));
        form(cookie).post(path + "/archive").then().statusCode(303).header("Location",
                containsString("/groups/" + group));
        page(cookie).get(path).then().statusCode(200).body(containsString("data-testid=\"archived-notice\""))
                .body(not(containsString("data-testid=\"add-member-form\"")));
        form(cookie).formParam("member", People.employee().username()).post(path + "/members").then()
                .statusCode(409).body(containsString("De groep is gearchiveerd."));
    }

    @Test
    void theLastOwnerIsToldWhyTheyCannotLeaveAndAnotherOwnerCan() {
        Person owner = People.employee();
        Person second = People.employee();
        long group = Groups.create(owner, "public");
        String cookie = cookie(owner);
        form(cookie).post("/groups/" + group + "/leave").then().statusCode(409)
                .body(containsString("De laatste eigenaar kan de groep niet verlaten"));
        Groups.add(owner, group, second);
        Groups.setRole(owner, group, second, "owner");
        page(cookie).get("/groups/" + group).then().body(not(containsString("data-testid=\"last-owner\"")));
        form(cookie).post("/groups/" + group + "/leave").then().statusCode(303);
        page(cookie).get("/groups/" + group + "/admin").then().statusCode(404);
    }

    private static void rename(Person person, String displayName) {
        Api.as(People.admin()).body(Map.of("displayName", displayName)).patch("/api/accounts/" + person.username())
                .then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification englishForm(String cookie) {
        return page(cookie).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port);
    }
}
