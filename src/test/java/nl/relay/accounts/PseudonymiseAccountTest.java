package nl.relay.accounts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** Departing employees: their posts stay, shown as a former colleague's, and an admin can pseudonymise them. */
@QuarkusTest
class PseudonymiseAccountTest {

    @Test
    void aDeactivatedAuthorsPostsStayAndShowThemAsAFormerColleague() {
        Person leaver = People.named("Lotte Vertrekker");
        long post = Posts.publish(leaver, "Alles over het klantportaal staat in de wiki.");
        Person reader = People.employee();
        Api.as(reader).get("/api/posts/" + post).then().statusCode(200).body("author.former", equalTo(false));

        deactivate(leaver);

        Api.as(reader).get("/api/posts/" + post).then().statusCode(200)
                .body("body", equalTo("Alles over het klantportaal staat in de wiki."))
                .body("author.username", equalTo(leaver.username()))
                .body("author.displayName", equalTo("Lotte Vertrekker"))
                .body("author.former", equalTo(true));
        String thread = Pages.page(Pages.cookie(reader)).get("/posts/" + post).then().statusCode(200).extract()
                .asString();
        assertTrue(thread.contains("data-testid=\"former\""), "the card marks a former colleague");
        assertTrue(thread.contains("oud-collega"), thread);
        String profile = Pages.page(Pages.cookie(reader)).get("/people/" + leaver.username()).then().statusCode(200)
                .extract().asString();
        assertTrue(profile.contains("(@" + leaver.username() + ") · oud-collega"), profile);
    }

    @Test
    void anAdminPseudonymisesAFormerEmployeeAndThePostsStayUnderThePseudonym() {
        Person leaver = People.named("Pieter Pseudoniem");
        long post = Posts.publish(leaver, "Overdracht: het contract met de klant loopt tot maart.");
        deactivate(leaver);
        long id = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(leaver.username()).orElseThrow().id);

        String pseudonym = Api.as(People.adminToken()).post(pseudonymise(leaver.username())).then().statusCode(200)
                .body("username", equalTo("former-" + id))
                .body("displayName", equalTo("Former colleague " + id))
                .body("email", equalTo("former-" + id + "@pseudonymised.invalid"))
                .body("active", equalTo(false))
                .body("pseudonymisedAt", notNullValue())
                .extract().path("username");

        Api.as(People.employee()).get("/api/posts/" + post).then().statusCode(200)
                .body("body", equalTo("Overdracht: het contract met de klant loopt tot maart."))
                .body("author.username", equalTo(pseudonym))
                .body("author.displayName", equalTo("Former colleague " + id))
                .body("author.former", equalTo(true));

        Map<String, Object> row = QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.findById(id);
            return Map.of("text", String.join(" ", account.username, account.displayName, account.email,
                    account.searchText), "at", String.valueOf(account.pseudonymisedAt),
                    "by", String.valueOf(account.pseudonymisedBy));
        });
        String text = row.get("text").toString().toLowerCase(java.util.Locale.ROOT);
        assertFalse(text.contains(leaver.username()), text);
        assertFalse(text.contains("pieter") || text.contains("pseudoniem"), text);
        assertFalse(text.contains("example.nl"), text);
        assertFalse("null".equals(row.get("at")) || "null".equals(row.get("by")), row.toString());

        Api.anonymous().header("X-Forwarded-For", People.freshAddress())
                .body(Map.of("username", leaver.username(), "password", leaver.password()))
                .post("/api/auth/login").then().statusCode(401);
        Api.anonymous().header("X-Forwarded-For", People.freshAddress())
                .body(Map.of("username", pseudonym, "password", leaver.password()))
                .post("/api/auth/login").then().statusCode(401);
        Api.as(leaver).get("/api/me").then().statusCode(401);
    }

    @Test
    void pseudonymisingTwiceChangesNothingAndThePseudonymIsNeverActiveAgain() {
        Person leaver = People.named("Tim Tweemaal");
        deactivate(leaver);
        String admin = People.adminToken();
        Map<String, Object> first = Api.as(admin).post(pseudonymise(leaver.username())).then().statusCode(200)
                .extract().jsonPath().getMap("$");

        Map<String, Object> again = Api.as(admin).post(pseudonymise(first.get("username").toString())).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(first, again);
        Api.as(admin).post(pseudonymise(leaver.username())).then().statusCode(404);

        Api.as(admin).body(Map.of("active", true)).patch("/api/accounts/" + first.get("username")).then()
                .statusCode(409);
        Api.as(admin).body(Map.of("displayName", "Weer Terug")).patch("/api/accounts/" + first.get("username"))
                .then().statusCode(409);
        Api.as(admin).get("/api/accounts/" + first.get("username")).then().statusCode(200)
                .body("active", equalTo(false)).body("displayName", startsWith("Former colleague"));
    }

    @Test
    void anActiveAccountIsNotPseudonymised() {
        Person colleague = People.employee();
        Api.as(People.adminToken()).post(pseudonymise(colleague.username())).then().statusCode(409)
                .contentType("application/problem+json");
        Api.as(colleague).get("/api/me").then().statusCode(200).body("username", equalTo(colleague.username()));
    }

    @Test
    void onlyAdminsPseudonymise() {
        Person leaver = People.named("Olga Onaangeroerd");
        deactivate(leaver);
        Api.anonymous().post(pseudonymise(leaver.username())).then().statusCode(401);
        Api.as(People.employee()).post(pseudonymise(leaver.username())).then().statusCode(403);
        Api.as(People.withRoles("privacy")).post(pseudonymise(leaver.username())).then().statusCode(403);
        Api.as(People.recruiter()).post(pseudonymise(leaver.username())).then().statusCode(403);
        Api.as(People.adminToken()).post(pseudonymise("nobody-" + People.uniqueUsername())).then()
                .statusCode(404);
        Api.as(People.adminToken()).get("/api/accounts/" + leaver.username()).then().statusCode(200)
                .body("pseudonymisedAt", equalTo(null));
    }

    @Test
    void theAccountsPageAsksBeforeItPseudonymises() {
        Person leaver = People.named("Karin Knop");
        deactivate(leaver);
        String cookie = Pages.cookie(People.admin());

        String list = Pages.page(cookie).queryParam("q", leaver.username()).get("/admin/accounts").then()
                .statusCode(200).extract().asString();
        assertTrue(list.contains("/admin/accounts/" + leaver.username() + "/pseudonymise"), list);
        String confirm = Pages.page(cookie).get("/admin/accounts/" + leaver.username() + "/pseudonymise").then()
                .statusCode(200).extract().asString();
        assertTrue(confirm.contains("data-testid=\"pseudonymise-form\""), confirm);
        Api.as(People.adminToken()).get("/api/accounts/" + leaver.username()).then().statusCode(200);

        Pages.form(cookie).post("/admin/accounts/" + leaver.username() + "/pseudonymise").then().statusCode(303);
        Api.as(People.adminToken()).get("/api/accounts/" + leaver.username()).then().statusCode(404);

        String employeePage = Pages.form(Pages.cookie(People.employee()))
                .post("/admin/accounts/" + People.employee().username() + "/pseudonymise").then().statusCode(403)
                .extract().asString();
        assertFalse(employeePage.isEmpty());
    }

    private static void deactivate(Person person) {
        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/" + person.username()).then()
                .statusCode(200);
    }

    private static String pseudonymise(String username) {
        return "/api/admin/accounts/" + username + "/pseudonymise";
    }
}
