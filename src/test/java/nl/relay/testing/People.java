package nl.relay.testing;

import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes accounts through the API, the way an admin would (Mastodon's fabricators are the model). */
public final class People {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private People() {
    }

    public static String adminToken() {
        return signIn("admin", ADMIN_PASSWORD);
    }

    public static Person employee() {
        return withRoles("employee");
    }

    public static Person recruiter() {
        return withRoles("recruiter");
    }

    public static Person admin() {
        return withRoles("admin");
    }

    public static Person withRoles(String... roles) {
        String username = uniqueUsername();
        String password = "correct horse " + username;
        Api.as(adminToken())
                .body(Map.of("username", username, "displayName", "Test " + username,
                        "email", username + "@example.nl", "password", password, "roles", List.of(roles)))
                .post("/api/accounts")
                .then().statusCode(201);
        return new Person(username, password, signIn(username, password));
    }

    /** An account with a real name (for screenshots and realistic pages), its username made from it. */
    public static Person named(String displayName, String... roles) {
        String username = displayName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".")
                .replaceAll("^\\.|\\.$", "") + SEQUENCE.incrementAndGet();
        String password = "correct horse " + username;
        Api.as(adminToken())
                .body(Map.of("username", username, "displayName", displayName, "email", username + "@example.nl",
                        "password", password, "roles", List.of(roles.length == 0 ? new String[]{"employee"} : roles)))
                .post("/api/accounts")
                .then().statusCode(201);
        return new Person(username, password, signIn(username, password));
    }

    public static String uniqueUsername() {
        return "user" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    /** A client address of its own, so one test's failed sign-ins never throttle another's. */
    public static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    public static String signIn(String username, String password) {
        return Api.anonymous()
                .header("X-Forwarded-For", freshAddress())
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login")
                .then().statusCode(200).body("accessToken", notNullValue())
                .extract().path("accessToken");
    }
}
