package nl.relay.privacy;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** The privacy role: given through the accounts API or the admin page, it lets its holder read the audit. */
@QuarkusTest
class PrivacyRoleTest {

    @Test
    void anAdminGivesThePrivacyRoleAndTheAccountSeesItInMe() {
        Person employee = People.employee();
        Api.as(People.adminToken()).body(Map.of("roles", List.of("employee", "privacy")))
                .patch("/api/accounts/" + employee.username()).then().statusCode(200)
                .body("roles", containsInAnyOrder("employee", "privacy"));
        String token = People.signIn(employee.username(), employee.password());
        Api.as(token).get("/api/me").then().statusCode(200).body("roles", containsInAnyOrder("employee", "privacy"));
        Api.as(token).get("/api/privacy/audit").then().statusCode(200);
    }

    @Test
    void theAdminAccountsPageOffersAndSavesThePrivacyRole() {
        Person admin = People.admin();
        Person employee = People.employee();
        String cookie = Pages.cookie(admin);
        String page = Pages.page(cookie).queryParam("q", employee.username()).get("/admin/accounts").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("value=\"privacy\""), "a privacy checkbox");
        Pages.form(cookie).formParam("roles", "employee").formParam("roles", "privacy")
                .post("/admin/accounts/" + employee.username() + "/roles").then().statusCode(303);
        Api.as(People.adminToken()).get("/api/accounts/" + employee.username()).then().statusCode(200)
                .body("roles", containsInAnyOrder("employee", "privacy"));
    }
}
