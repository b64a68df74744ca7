package nl.relay.accounts;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountAdministrationTest {

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() {
        String username = People.uniqueUsername();
        Api.as(People.adminToken()).body(account(username, "Jeroen de Vries", List.of("recruiter")))
                .post("/api/accounts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/accounts/" + username))
                .body("username", equalTo(username))
                .body("displayName", equalTo("Jeroen de Vries"))
                .body("email", equalTo(username + "@example.nl"))
                .body("roles", containsInAnyOrder("recruiter"))
                .body("active", equalTo(true))
                .body("createdAt", notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .body("$", not(org.hamcrest.Matchers.hasKey("id")));
        String token = People.signIn(username, "een lang wachtwoord");
        Api.as(token).get("/api/me").then().statusCode(200).body("roles", containsInAnyOrder("recruiter"));
    }

    @Test
    void rolesDefaultToEmployee() {
        String username = People.uniqueUsername();
        Map<String, Object> body = new HashMap<>(account(username, "Anna", List.of()));
        body.remove("roles");
        Api.as(People.adminToken()).body(body).post("/api/accounts").then().statusCode(201)
                .body("roles", containsInAnyOrder("employee"));
    }

    @Test
    void aTakenUsernameIsAConflictWhateverItsCase() {
        Person existing = People.employee();
        Api.as(People.adminToken()).body(account(existing.username().toUpperCase(), "Copy", List.of("employee")))
                .post("/api/accounts").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidAccountsAreRefusedWithTheFieldsNamed() {
        String admin = People.adminToken();
        Api.as(admin).body(Map.of("username", "x", "displayName", " ", "email", "not-an-email",
                "password", "short", "roles", List.of("employee")))
                .post("/api/accounts").then().statusCode(422)
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("displayName"))
                .body("errors.field", hasItem("email"));
        Api.as(admin).body(account(People.uniqueUsername(), "Kort", List.of("employee"), "short"))
                .post("/api/accounts").then().statusCode(422).body("errors[0].field", equalTo("password"));
        Api.as(admin).body(Map.of("username", "bad name!", "displayName", "Name", "email", "ok@example.nl",
                "password", "een lang wachtwoord"))
                .post("/api/accounts").then().statusCode(422).body("errors[0].field", equalTo("username"));
        Api.as(admin).body(account(People.uniqueUsername(), "Name", List.of("boss")))
                .post("/api/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("roles[0]"))
                .body("errors[0].message",
                        equalTo("must be one of: employee, recruiter, admin, privacy, moderator, communications"));
        Api.as(admin).body(account(People.uniqueUsername(), "Name", List.of("employee"), "x".repeat(73)))
                .post("/api/accounts").then().statusCode(422).body("errors[0].field", equalTo("password"));
    }

    @Test
    void creatingTheSameUsernameAtOnceGivesOneAccount() throws Exception {
        String username = People.uniqueUsername();
        String admin = People.adminToken();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        var results = new ArrayList<java.util.concurrent.Future<Integer>>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> Api.as(admin).body(account(username, "Dubbel", List.of("employee")))
                    .post("/api/accounts").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void nothingIsStoredWhenInputIsRefused() {
        String username = People.uniqueUsername();
        String admin = People.adminToken();
        Api.as(admin).body(account(username, "Name", List.of("employee"), "short")).post("/api/accounts")
                .then().statusCode(422);
        Api.as(admin).get("/api/accounts/" + username).then().statusCode(404);
    }

    @Test
    void onlyAdminsChangeAccounts() {
        Person recruiter = People.recruiter();
        Person other = People.employee();
        Api.as(recruiter).body(Map.of("displayName", "Hacked")).patch("/api/accounts/" + other.username())
                .then().statusCode(403);
        Api.as(recruiter).body(Map.of("roles", List.of("admin"))).patch("/api/accounts/" + recruiter.username())
                .then().statusCode(403);
    }

    @Test
    void anAdminChangesNameEmailAndRoles() {
        Person person = People.employee();
        Api.as(People.adminToken())
                .body(Map.of("displayName", "Marieke Jansen", "email", "marieke@example.nl",
                        "roles", List.of("recruiter", "employee")))
                .patch("/api/accounts/" + person.username()).then().statusCode(200)
                .body("displayName", equalTo("Marieke Jansen"))
                .body("email", equalTo("marieke@example.nl"))
                .body("roles", containsInAnyOrder("employee", "recruiter"));
    }

    @Test
    void changingAnUnknownAccountIsNotFound() {
        Api.as(People.adminToken()).body(Map.of("active", false)).patch("/api/accounts/no-such-person")
                .then().statusCode(404);
    }

    @Test
    void invalidChangesAreRefused() {
        Person person = People.employee();
        String admin = People.adminToken();
        Api.as(admin).body(Map.of("displayName", "  ")).patch("/api/accounts/" + person.username())
                .then().statusCode(422).body("errors[0].field", equalTo("displayName"));
        Api.as(admin).body(Map.of("roles", List.of())).patch("/api/accounts/" + person.username())
                .then().statusCode(422).body("errors[0].field", equalTo("roles"));
        Api.as(admin).body(Map.of("active", "yes")).patch("/api/accounts/" + person.username())
                .then().statusCode(422).body("errors[0].field", equalTo("active"));
        Api.as(admin).body("{\"roles\": [null]}").patch("/api/accounts/" + person.username())
                .then().statusCode(422).body("errors[0].field", equalTo("roles[0]"));
        Api.as(admin).body(Map.of("username", "renamed")).patch("/api/accounts/" + person.username())
                .then().statusCode(422).body("errors[0].field", equalTo("username"));
    }

    @Test
    void theLastActiveAdminCannotBeDeactivatedOrDemoted() {
        // Only the bootstrap admin and admins made by tests exist; deactivate all of them but one.
        String admin = People.adminToken();
        List<String> admins = allAccounts(admin).stream()
                .filter(a -> ((List<?>) a.get("roles")).contains("admin") && Boolean.TRUE.equals(a.get("active")))
                .map(a -> (String) a.get("username")).filter(u -> !u.equals("admin")).toList();
        for (String other : admins) {
            Api.as(admin).body(Map.of("roles", List.of("employee"))).patch("/api/accounts/" + other)
                    .then().statusCode(200);
        }
        Api.as(admin).body(Map.of("active", false)).patch("/api/accounts/admin").then().statusCode(409);
        Api.as(admin).body(Map.of("roles", List.of("employee"))).patch("/api/accounts/admin").then().statusCode(409);
        Api.as(admin).get("/api/me").then().statusCode(200).body("roles", containsInAnyOrder("admin"));
    }

    @Test
    void theDirectoryFindsPeopleByUsernameOrDisplayName() {
        String username = People.uniqueUsername();
        Api.as(People.adminToken()).body(account(username, "Fleur van Zoëterwoude", List.of("employee")))
                .post("/api/accounts").then().statusCode(201);
        Person reader = People.employee();
        Api.as(reader).queryParam("q", "ZOËTER").get("/api/accounts").then().statusCode(200)
                .body("items.username", hasItem(username));
        Api.as(reader).queryParam("q", "zoeterwoude").get("/api/accounts").then().statusCode(200)
                .body("items.username", hasItem(username));
        Api.as(reader).queryParam("q", username.substring(0, 8)).get("/api/accounts").then().statusCode(200)
                .body("items.username", hasItem(username));
        Api.as(reader).queryParam("q", "%").get("/api/accounts").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void theDirectoryPagesWithoutGapsOrDuplicates() {
        for (int i = 0; i < 5; i++) {
            People.employee();
        }
        List<String> all = allAccounts(People.adminToken()).stream().map(a -> (String) a.get("username")).toList();
        assertEquals(all.stream().distinct().count(), all.size());
        List<String> sorted = new ArrayList<>(all);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, all);
        assertTrue(all.size() >= 6);
    }

    @Test
    void inactiveAccountsLeaveTheDirectoryButStayReadable() {
        Person person = People.employee();
        String admin = People.adminToken();
        Api.as(admin).body(Map.of("active", false)).patch("/api/accounts/" + person.username()).then().statusCode(200);
        Person reader = People.employee();
        Api.as(reader).queryParam("q", person.username()).get("/api/accounts").then()
                .body("items", hasSize(0));
        Api.as(reader).get("/api/accounts/" + person.username()).then().statusCode(200)
                .body("active", equalTo(false));
        Api.as(admin).queryParam("q", person.username()).queryParam("includeInactive", true).get("/api/accounts")
                .then().body("items.username", hasItem(person.username()));
    }

    @Test
    void listLimitsAreChecked() {
        Person reader = People.employee();
        Api.as(reader).queryParam("limit", 0).get("/api/accounts").then().statusCode(422)
                .body("errors[0].field", equalTo("limit"));
        Api.as(reader).queryParam("limit", 101).get("/api/accounts").then().statusCode(422);
        Api.as(reader).queryParam("limit", "many").get("/api/accounts").then().statusCode(422);
        Api.as(reader).queryParam("cursor", "!!not-a-cursor!!").get("/api/accounts").then().statusCode(400);
        String nulCursor = java.util.Base64.getUrlEncoder().encodeToString("a\u0000b".getBytes());
        Api.as(reader).queryParam("cursor", nulCursor).get("/api/accounts").then().statusCode(400);
        String twoKeys = java.util.Base64.getUrlEncoder().encodeToString("a\u001fb".getBytes());
        Api.as(reader).queryParam("cursor", twoKeys).get("/api/accounts").then().statusCode(400);
        Api.as(reader).queryParam("limit", 1).get("/api/accounts").then().statusCode(200)
                .body("items", hasSize(1)).body("next", notNullValue());
        Api.as(reader).queryParam("limit", 100).queryParam("q", "no-one-is-called-this").get("/api/accounts")
                .then().statusCode(200).body("next", nullValue());
    }

    @Test
    void changingMyPasswordNeedsTheCurrentOne() {
        Person person = People.employee();
        Api.as(person).body(Map.of("currentPassword", "wrong password!", "newPassword", "a brand new password"))
                .put("/api/me/password").then().statusCode(422).body("errors[0].field", equalTo("currentPassword"));
        Api.as(person).body(Map.of("currentPassword", person.password(), "newPassword", "short"))
                .put("/api/me/password").then().statusCode(422).body("errors[0].field", equalTo("newPassword"));
        Api.as(person).body(Map.of("currentPassword", person.password(), "newPassword", "a brand new password"))
                .put("/api/me/password").then().statusCode(204);
        People.signIn(person.username(), "a brand new password");
        Api.anonymous().body(Map.of("username", person.username(), "password", person.password()))
                .header("X-Forwarded-For", People.freshAddress())
                .post("/api/auth/login").then().statusCode(401);
    }

    @Test
    void badPasswordChangesAreRefused() {
        Person person = People.employee();
        Api.as(person).body(Map.of("newPassword", "a brand new password")).put("/api/me/password").then()
                .statusCode(422).body("errors[0].field", equalTo("currentPassword"));
        Api.as(person).body("{\"currentPassword\": 1, \"newPassword\": \"x\"}").put("/api/me/password").then()
                .statusCode(422);
        Api.as(person).body("not json").put("/api/me/password").then().statusCode(400);
        Api.as(person).put("/api/me/password").then().statusCode(400);
        Api.anonymous().body(Map.of("currentPassword", "x", "newPassword", "y")).put("/api/me/password").then()
                .statusCode(401);
        People.signIn(person.username(), person.password());
    }

    @Test
    void everyoneSignedInReadsTheDirectoryButNotAnonymously() {
        Api.anonymous().get("/api/accounts").then().statusCode(401);
        Api.anonymous().get("/api/accounts/admin").then().statusCode(401);
        Api.as(People.employee()).get("/api/accounts/admin").then().statusCode(200)
                .body("roles", everyItem(equalTo("admin")));
        Api.as(People.employee()).get("/api/accounts/no-such-person").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static List<Map<String, Object>> allAccounts(String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(token).queryParam("limit", 2).queryParam("includeInactive", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/accounts").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return all;
    }

    private static Map<String, Object> account(String username, String displayName, List<String> roles) {
        return account(username, displayName, roles, "een lang wachtwoord");
    }

    private static Map<String, Object> account(String username, String displayName, List<String> roles,
            String password) {
        return Map.of("username", username, "displayName", displayName, "email", username + "@example.nl",
                "password", password, "roles", roles);
    }
}
