package nl.relay.accounts;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.relay.accounts.signin.LoginThrottle;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins slow down guessing without locking anyone out: time stands still in these tests, so a
 * delay only passes when a test moves the clock on.
 */
@QuarkusTest
class SignInThrottleTest {

    private static final String FAMILIAR_ADDRESSES = "select count(*) from familiar_address k "
            + "join account a on a.id = k.account_id where a.username = ?1";

    @Inject
    TestClock clock;

    @Inject
    LoginThrottle throttle;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void stopTime() {
        clock.stop();
    }

    @AfterEach
    void resumeTime() {
        clock.resume();
    }

    @Test
    void theOwnerSignsInAtTheirUsualAddressWhileSomeoneElseGuessesTheirPassword() {
        Person owner = People.employee();
        String home = People.freshAddress();
        signIn(owner, home).then().statusCode(200);
        String elsewhere = People.freshAddress();
        for (int i = 0; i < 5; i++) {
            guess(owner.username(), elsewhere).then().statusCode(401);
        }
        guess(owner.username(), elsewhere).then().statusCode(429);

        signIn(owner, home).then().statusCode(200);
        signIn(owner, People.freshAddress()).then().statusCode(200);
    }

    @Test
    void guessesFromManyAddressesHoldBackNewAddressesButNotTheOwnersUsualOne() {
        Person owner = People.employee();
        String home = People.freshAddress();
        signIn(owner, home).then().statusCode(200);
        for (int i = 0; i < 20; i++) {
            guess(owner.username(), People.freshAddress()).then().statusCode(401);
        }
        guess(owner.username(), People.freshAddress()).then().statusCode(429);

        signIn(owner, People.freshAddress()).then().statusCode(429).header("Retry-After", "1");
        signIn(owner, home).then().statusCode(200);
    }

    @Test
    void peopleBehindAnAddressWhereOthersGuessedStillGetInFromWhereTheyUsuallySignIn() {
        String office = People.freshAddress();
        Person colleague = People.employee();
        signIn(colleague, office).then().statusCode(200);
        signIn("admin", People.ADMIN_PASSWORD, office).then().statusCode(200);
        failTwentyTimesWithOtherUsernames(office);

        signIn(colleague, office).then().statusCode(200);
        signIn("admin", People.ADMIN_PASSWORD, office).then().statusCode(200);
        guess(People.uniqueUsername(), office).then().statusCode(429).header("Retry-After", "1");
        Person newcomer = People.employee();
        signIn(newcomer, office).then().statusCode(429);
        signIn(newcomer, People.freshAddress()).then().statusCode(200);
    }

    @Test
    void anAddressIsNoLongerFamiliarAfterThirtyDays() {
        String office = People.freshAddress();
        Person colleague = People.employee();
        signIn(colleague, office).then().statusCode(200);
        clock.advance(Duration.ofDays(31));
        failTwentyTimesWithOtherUsernames(office);
        signIn(colleague, office).then().statusCode(429);
    }

    @Test
    void anUnfamiliarPairWaitsLongerAfterEachFailureBeyondItsFreeOnes() {
        Person person = People.employee();
        String address = People.freshAddress();
        for (int i = 0; i < 5; i++) {
            guess(person.username(), address).then().statusCode(401);
        }
        signIn(person, address).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "1");
        clock.advance(Duration.ofSeconds(1));
        guess(person.username(), address).then().statusCode(401);
        signIn(person, address).then().statusCode(429).header("Retry-After", "2");
        clock.advance(Duration.ofSeconds(1));
        signIn(person, address).then().statusCode(429).header("Retry-After", "1");
        clock.advance(Duration.ofSeconds(1));
        guess(person.username(), address).then().statusCode(401);
        signIn(person, address).then().statusCode(429).header("Retry-After", "4");
        clock.advance(Duration.ofSeconds(4));
        signIn(person, address).then().statusCode(200);
    }

    @Test
    void theDelayStopsGrowingAtFifteenMinutes() {
        Person person = People.employee();
        String address = People.freshAddress();
        for (int i = 0; i < 5; i++) {
            guess(person.username(), address).then().statusCode(401);
        }
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long delay = Long.parseLong(signIn(person, address).then().statusCode(429).extract().header("Retry-After"));
            delays.add(delay);
            clock.advance(Duration.ofSeconds(delay));
            guess(person.username(), address).then().statusCode(401);
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L), delays);
    }

    @Test
    void parallelWrongGuessesGetNoMoreThanTheFreeChecks() throws Exception {
        Person person = People.employee();
        String address = People.freshAddress();
        int checked = checkedInParallel(() -> guess(person.username(), address));
        while (checked < 10 && guess(person.username(), address).statusCode() == 401) {
            checked++;
        }
        assertEquals(5, checked, "wrong passwords checked for one pair");
        signIn(person, address).then().statusCode(429);
    }

    @Test
    void parallelWrongGuessesFromManyAddressesGetNoMoreThanTheAccountsFreeChecks() throws Exception {
        Person person = People.employee();
        int checked = checkedInParallel(() -> guess(person.username(), People.freshAddress()));
        while (checked < 30 && guess(person.username(), People.freshAddress()).statusCode() == 401) {
            checked++;
        }
        assertEquals(20, checked, "wrong passwords checked for one account from unfamiliar addresses");
        signIn(person, People.freshAddress()).then().statusCode(429);
    }

    @Test
    void aSuccessForgetsOnlyItsOwnAddressesFailures() {
        Person person = People.employee();
        String first = People.freshAddress();
        String second = People.freshAddress();
        for (int i = 0; i < 5; i++) {
            guess(person.username(), first).then().statusCode(401);
        }
        for (int i = 0; i < 4; i++) {
            guess(person.username(), second).then().statusCode(401);
        }
        signIn(person, second).then().statusCode(200);

        signIn(person, first).then().statusCode(429);
        for (int i = 0; i < 5; i++) {
            guess(person.username(), second).then().statusCode(401);
        }
        guess(person.username(), second).then().statusCode(429);
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheSameThrottle() {
        Person person = People.employee();
        String address = People.freshAddress();
        for (int i = 0; i < 5; i++) {
            changePassword(person, "not my password", address).then().statusCode(422)
                    .body("errors[0].field", equalTo("currentPassword"));
        }
        changePassword(person, person.password(), address).then().statusCode(429);
        signIn(person, address).then().statusCode(429);
        signIn(person, People.freshAddress()).then().statusCode(200);
    }

    @Test
    void failuresAreForgottenAfterADayAndFamiliarAddressesAfterThirtyDays() {
        Person person = People.employee();
        guess(person.username(), People.freshAddress()).then().statusCode(401);
        clock.advance(Duration.ofHours(25));
        throttle.forgetOld(clock.instant());
        assertEquals(0, rowsOf(person, "select count(*) from login_failure where username = ?1"));
        assertEquals(1, rowsOf(person, FAMILIAR_ADDRESSES));
        clock.advance(Duration.ofDays(30));
        throttle.forgetOld(clock.instant());
        assertEquals(0, rowsOf(person, FAMILIAR_ADDRESSES));
    }

    private long rowsOf(Person person, String countQuery) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(countQuery)
                .setParameter(1, person.username()).getSingleResult()).longValue());
    }

    /** Others behind a shared address get their passwords wrong, using up the address's free failures. */
    private static void failTwentyTimesWithOtherUsernames(String address) {
        for (int i = 0; i < 20; i++) {
            guess(People.uniqueUsername(), address).then().statusCode(401);
        }
    }

    /** Sends 24 attempts at once and counts those whose password was checked (401 rather than 429). */
    private static int checkedInParallel(Supplier<Response> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                statuses.add(pool.submit(() -> attempt.get().statusCode()));
            }
            int checked = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                assertTrue(code == 401 || code == 429, "status " + code);
                checked += code == 401 ? 1 : 0;
            }
            return checked;
        } finally {
            pool.shutdown();
        }
    }

    private static Response guess(String username, String address) {
        return signIn(username, "a wrong guess " + System.nanoTime(), address);
    }

    private static Response signIn(Person person, String address) {
        return signIn(person.username(), person.password(), address);
    }

    private static Response signIn(String username, String password, String address) {
        return Api.anonymous().header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }

    private static Response changePassword(Person person, String currentPassword, String address) {
        return Api.as(person).header("X-Forwarded-For", address)
                .body(Map.of("currentPassword", currentPassword, "newPassword", "a brand new password"))
                .put("/api/me/password");
    }
}
