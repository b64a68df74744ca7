package nl.relay.privacy.retention;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.relay.platform.database.SqlValues;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retention takes the person out of what colleagues wrote before it blanks their record (else no erasure could
 * find them there afterwards), and fresh consent never undoes an anonymisation that happens meanwhile.
 */
@QuarkusTest
class RetentionTextTest {

    @Inject
    TestClock clock;

    @Inject
    RetentionJob job;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resumeClock() {
        clock.resume();
    }

    private static String letters() {
        StringBuilder word = new StringBuilder();
        for (char digit : Long.toString(Candidates.unique()).toCharArray()) {
            word.append((char) ('a' + (digit - '0')));
        }
        return word.toString();
    }

    private Object value(String sql, long id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult());
    }

    private void update(String sql, long id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).setParameter(1, id)
                .executeUpdate());
    }

    @Test
    void anonymisingTakesThePersonOutOfWhatColleaguesWrote() {
        Person owner = People.recruiter();
        Person colleague = People.withRoles("employee", "recruiter");
        String surname = "Vergeetmij" + letters();
        String name = "Öykü " + surname;
        String email = "oyku." + letters() + "@voorbeeld.nl";
        String phone = "06-" + (10_000_000 + Candidates.unique() % 89_999_999);
        long candidate = Candidates.offer(owner, Map.of("person", Map.of("name", name, "email", email, "phone",
                phone), "consent",
                Map.of("given", false, "informedAt", "2026-11-20T10:00:00Z", "informedHow",
                        "email", "source", "job-board")));
        update("update candidate_person set consent_source = 'tip van " + name + "' where candidate_id = ?1",
                candidate);
        Api.as(colleague).body(Map.of("note", "Sprak " + name + " op de beurs"))
                .post("/api/candidates/" + candidate + "/interest").then().statusCode(201);
        long post = Posts.publish(owner, "Gesprek met " + name + ", bel " + phone);
        long edited = Posts.publish(owner, "Mail " + email.toUpperCase(Locale.ROOT));
        Api.as(owner).body(Map.of("body", "Mail de kandidaat")).patch("/api/posts/" + edited).then()
                .statusCode(200);
        long alert = Alerts.create(colleague, name);
        Api.as(owner).body(Map.of("status", "withdrawn")).patch("/api/candidates/" + candidate).then()
                .statusCode(200);
        Instant closed = SqlValues.instant(value("select closed_at from candidate where id = ?1", candidate));
        try {
            clock.stop();
            clock.advance(Duration.between(clock.instant(), closed.plus(Duration.ofDays(28)).plusSeconds(60)));
            assertTrue(job.run().ran());
        } finally {
            clock.resume();
        }
        assertEquals(AnonymisePerson.MARKER, value("select name from candidate_person where candidate_id = ?1",
                candidate));
        assertEquals("tip van [anonymised]",
                value("select consent_source from candidate_person where candidate_id = ?1", candidate));
        assertEquals("Gesprek met [anonymised], bel [anonymised]", value("select body from post where id = ?1",
                post));
        String versions = QuarkusTransaction.requiringNew().call(() -> String.join("\n", entityManager
                .createNativeQuery("select body from post_version where post_id = ?1 order by id", String.class)
                .setParameter(1, edited).getResultList()));
        assertEquals("Mail [anonymised]\nMail de kandidaat", versions);
        String note = (String) value("select note from candidate_interest where candidate_id = ?1", candidate);
        assertEquals("Sprak [anonymised] op de beurs", note);
        String alertText = (String) value("select name || ' ' || query from alert where id = ?1", alert);
        assertThat(alertText.toLowerCase(Locale.ROOT), not(containsString(surname.toLowerCase(Locale.ROOT))));
        long erasures = ((Number) value("select count(*) from erased_post where post_id = ?1", post)).longValue();
        assertEquals(0L, erasures, "retention records no erasure");
        Api.as(owner).get("/api/search?q=" + surname).then().statusCode(200)
                .body("items.post.id", not(org.hamcrest.Matchers.hasItem((int) post)));

        // erasing the anonymised candidate afterwards finds no name in its marker
        Api.as(People.withRoles("privacy")).body(Map.of("candidateId", candidate)).post("/api/privacy/erasures")
                .then().statusCode(200);
        assertEquals("Gesprek met [anonymised], bel [anonymised]", value("select body from post where id = ?1",
                post));
    }

    @Test
    void freshConsentWaitsForAnAnonymisationUnderWayAndIsRefusedAfterIt() throws Exception {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        CountDownLatch blanked = new CountDownLatch(1);
        CompletableFuture<Void> anonymisation = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    entityManager.createNativeQuery("""
                            update candidate_person set name = '[anonymised]', email = null, phone = null,
                                email_key = null, phone_key = null, name_key = '', anonymised_at = now()
                            where candidate_id = ?1""").setParameter(1, candidate).executeUpdate();
                    blanked.countDown();
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertTrue(blanked.await(10, TimeUnit.SECONDS));
        Instant fresh = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Api.as(owner).body(Map.of("informedAt", fresh.toString(), "informedHow", "phone"))
                .post("/api/candidates/" + candidate + "/retention").then().statusCode(409);
        anonymisation.get(10, TimeUnit.SECONDS);
        assertEquals(AnonymisePerson.MARKER, value("select name from candidate_person where candidate_id = ?1",
                candidate));
        assertThat(value("select anonymised_at is not null from candidate_person where candidate_id = ?1",
                candidate), equalTo(true));
    }
}
