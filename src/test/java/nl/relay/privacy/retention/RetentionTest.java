package nl.relay.privacy.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.relay.platform.database.SqlValues;
import nl.relay.privacy.SubjectKind;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.MailServer;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.TestClock;
import nl.relay.testing.Vacancies;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retention on a controlled clock: what is due is anonymised (the person gone, profile, post and conversation kept),
 * what is not yet due is left alone, owners are warned once a week ahead, fresh consent extends, a legal hold
 * suspends until lifted.
 */
@QuarkusTest
class RetentionTest {

    private static final Duration FOUR_WEEKS = Duration.ofDays(28);

    @Inject
    TestClock clock;

    @Inject
    RetentionJob job;

    @Inject
    RetentionPlan plan;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resumeClock() {
        clock.resume();
    }

    /** A candidate offered without consent and withdrawn: its procedure ended now. */
    private static long withdrawnWithoutConsent(Person owner) {
        long id = Candidates.offer(owner, Map.of("consent", Map.of("given", false, "informedAt",
                "2026-11-20T10:00:00Z", "informedHow", "email", "source", "job-board")));
        Api.as(owner).body(Map.of("status", "withdrawn")).patch("/api/candidates/" + id).then().statusCode(200);
        return id;
    }

    /** The candidate_person row as stored. */
    private Tuple person(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> (Tuple) entityManager.createNativeQuery("""
                select name, email, phone, email_key, phone_key, name_key, consent_given, consent_source,
                       anonymised_at from candidate_person where candidate_id = ?1""", Tuple.class)
                .setParameter(1, candidateId).getSingleResult());
    }

    private Instant closedAt(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> SqlValues.instant(entityManager
                .createNativeQuery("select closed_at from candidate where id = ?1").setParameter(1, candidateId)
                .getSingleResult()));
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @Test
    void aDueCandidateIsAnonymisedAndItsProfileAndPostStay() {
        Person owner = People.recruiter();
        long id = withdrawnWithoutConsent(owner);
        long postId = ((Number) Api.as(owner).get("/api/candidates/" + id).then().statusCode(200)
                .extract().path("postId")).longValue();
        long reply = ((Number) Api.as(owner).body(Map.of("body", "Nog een vraag over deze kandidaat", "inReplyTo",
                postId)).post("/api/posts").then().statusCode(201).extract().path("id")).longValue();
        String name = Api.as(owner).get("/api/candidates/" + id).then().extract().path("person.name");
        Instant closed = closedAt(id);
        assertNotNull(closed, "withdrawing records when the offer closed");
        try {
            clock.stop();
            clock.advance(Duration.between(clock.instant(), closed.plus(FOUR_WEEKS).plusSeconds(60)));
            assertTrue(job.run().ran());

            Tuple person = person(id);
            assertEquals(AnonymisePerson.MARKER, person.get("name"));
            assertNull(person.get("email"));
            assertNull(person.get("phone"));
            assertNull(person.get("email_key"));
            assertNull(person.get("phone_key"));
            assertEquals("", person.get("name_key"));
            assertEquals(false, person.get("consent_given"), "consent stays as a fact");
            assertEquals("job-board", person.get("consent_source"));
            assertNotNull(person.get("anonymised_at"));
            assertEquals(1, count("select count(*) from anonymisation where subject_kind = 'candidate' "
                    + "and subject_id = ?1 and reason = 'retention'", id));

            Api.as(owner).get("/api/candidates/" + id).then().statusCode(200)
                    .body("title", equalTo("Ervaren Java-ontwikkelaar met oog voor kwaliteit"))
                    .body("person.name", equalTo(AnonymisePerson.MARKER))
                    .body("person.email", nullValue()).body("person.phone", nullValue())
                    .body("person.anonymisedAt", notNullValue())
                    .body("consent.given", equalTo(false)).body("consent.source", equalTo("job-board"));
            Api.as(owner).get("/api/posts/" + postId).then().statusCode(200).body("kind", equalTo("candidate"));
            Api.as(owner).get("/api/posts/" + reply).then().statusCode(200)
                    .body("body", equalTo("Nog een vraag over deze kandidaat"));
            String page = Pages.page(Pages.cookie(owner)).get("/candidates/" + id).then().statusCode(200)
                    .extract().asString();
            assertTrue(page.contains("data-testid=\"person-anonymised\""), "the page says the person was anonymised");
            assertFalse(page.contains(name), "the name is gone from the page");

            job.run();
            assertEquals(1, count("select count(*) from anonymisation where subject_kind = 'candidate' "
                    + "and subject_id = ?1", id), "anonymised once, however often the job runs");
        } finally {
            clock.resume();
        }
    }

    @Test
    void aCandidateNotYetDueIsLeftAlone() {
        Person owner = People.recruiter();
        long id = withdrawnWithoutConsent(owner);
        Instant closed = closedAt(id);
        try {
            clock.stop();
            clock.advance(Duration.between(clock.instant(), closed.plus(FOUR_WEEKS).minusSeconds(3600)));
            job.run();
            Tuple person = person(id);
            assertNull(person.get("anonymised_at"));
            assertTrue(((String) person.get("name")).startsWith("Sanne Kandidaat"));
            assertNotNull(person.get("email_key"));
        } finally {
            clock.resume();
        }
    }

    @Test
    void theOwnerIsWarnedOnceAWeekAheadWithoutPersonalData() {
        Person owner = People.recruiter();
        long id = withdrawnWithoutConsent(owner);
        Map<String, Object> candidate = Api.as(owner).get("/api/candidates/" + id).then().extract().path("");
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) candidate.get("person");
        long postId = ((Number) candidate.get("postId")).longValue();
        Instant due = closedAt(id).plus(FOUR_WEEKS);
        try {
            clock.stop();
            clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofDays(8))));
            job.run();
            assertEquals(0, retentionNotices(owner, postId), "not warned more than a week ahead");

            clock.advance(Duration.ofDays(2));
            job.run();
            job.run();
            clock.advance(Duration.ofDays(1));
            job.run();
            assertEquals(1, retentionNotices(owner, postId), "warned exactly once");
            assertEquals(1, count("select count(*) from notification where type = 'retention' and post_id = ?1 "
                    + "and actor_id is null and due_at = ?2", postId, java.sql.Timestamp.from(due)));

            String notifications = Api.as(owner).get("/api/notifications").then().statusCode(200)
                    .body("items.type", hasItem("retention")).extract().asString();
            assertFalse(notifications.contains((String) person.get("name")), "no name in the notification");
            assertFalse(notifications.contains((String) person.get("email")), "no email in the notification");
            Map<String, Object> notice = Api.as(owner).get("/api/notifications").then().extract().jsonPath()
                    .getMap("items.find { it.type == 'retention' && it.post.id == " + postId + " }");
            assertEquals(due, Instant.parse((String) notice.get("dueAt")));
            String page = Pages.page(Pages.cookie(owner)).get("/notifications").then().statusCode(200)
                    .extract().asString();
            assertTrue(page.contains("geanonimiseerd"), "the notifications page tells of it");
            assertFalse(page.contains((String) person.get("name")));
            assertNull(person(id).get("anonymised_at"), "a warning is no anonymisation");
        } finally {
            clock.resume();
        }
    }

    private long retentionNotices(Person owner, long postId) {
        return count("select count(*) from notification n join account a on a.id = n.recipient_id "
                + "where a.username = ?1 and n.type = 'retention' and n.post_id = ?2", owner.username(), postId);
    }

    @Test
    void freshConsentExtendsRetentionToAYearFromIt() {
        Person owner = People.recruiter();
        long id = withdrawnWithoutConsent(owner);
        Instant closed = closedAt(id);
        try {
            clock.stop();
            clock.advance(Duration.ofDays(20));
            Instant fresh = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
            Api.as(owner).body(Map.of("informedAt", fresh.toString(), "informedHow", "phone"))
                    .post("/api/candidates/" + id + "/retention").then().statusCode(200)
                    .body("consent.given", equalTo(true)).body("consent.informedHow", equalTo("phone"))
                    .body("consent.source", equalTo("job-board"));
            assertEquals(fresh.atOffset(ZoneOffset.UTC).plusYears(1).toInstant(),
                    plan.dueOf(SubjectKind.CANDIDATE, id).orElseThrow().dueAt(), "due a year from the fresh consent");

            clock.advance(Duration.between(clock.instant(), closed.plus(FOUR_WEEKS).plusSeconds(3600)));
            job.run();
            assertNull(person(id).get("anonymised_at"), "not anonymised at the old date");
        } finally {
            clock.resume();
        }
    }

    @Test
    void aLegalHoldSuspendsAnonymisationUntilLifted() {
        Person owner = People.recruiter();
        long id = withdrawnWithoutConsent(owner);
        Instant closed = closedAt(id);
        String admin = People.adminToken();
        Api.as(admin).body(Map.of("reason", "Procedure bij de rechtbank")).put("/api/privacy/holds/candidate/" + id)
                .then().statusCode(200).body("kind", equalTo("candidate")).body("reason",
                        equalTo("Procedure bij de rechtbank"));
        Api.as(admin).get("/api/privacy/holds").then().statusCode(200)
                .body("findAll { it.kind == 'candidate' && it.id == " + id + " }.size()", equalTo(1));
        try {
            clock.stop();
            clock.advance(Duration.between(clock.instant(), closed.plus(FOUR_WEEKS).plusSeconds(3600)));
            job.run();
            assertNull(person(id).get("anonymised_at"), "held");
            RetentionDue due = plan.dueWithin(Duration.ZERO).stream()
                    .filter(d -> d.kind() == SubjectKind.CANDIDATE && d.id() == id).findFirst().orElseThrow();
            assertTrue(due.held());
            assertEquals(false, due.consent());

            Api.as(admin).delete("/api/privacy/holds/candidate/" + id).then().statusCode(204);
            job.run();
            assertNotNull(person(id).get("anonymised_at"), "anonymised once the hold is lifted");
        } finally {
            clock.resume();
        }
    }

    @Test
    void referredPeopleAreAnonymisedFourWeeksAfterTheVacancyCloses() {
        Person owner = People.recruiter();
        Person employee = People.employee();
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Rabobank"), Map.of());
        String name = "Kees de Boer" + Candidates.unique();
        Api.as(employee).body(Map.of("name", name, "email", "kees" + Candidates.unique() + "@voorbeeld.nl",
                "note", "Zoekt iets nieuws", "consent", Map.of("given", true, "informedHow", "in-person")))
                .post("/api/vacancies/" + vacancy + "/referrals").then().statusCode(201);
        Api.as(owner).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200)
                .body("[0].consent.given", equalTo(true)).body("[0].consent.source", equalTo("referral"))
                .body("[0].consent.informedHow", equalTo("in-person"));
        long referral = ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select max(id) from referral where vacancy_id = ?1").setParameter(1, vacancy).getSingleResult()))
                .longValue();
        // a source from before sources were a list, naming the person; and whatever candidate shares the number
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update referral_person set consent_source = ?1 where referral_id = ?2")
                .setParameter(1, "tip van " + name).setParameter(2, referral).executeUpdate());
        Object candidateSource = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select max(consent_source) from candidate_person where candidate_id = ?1").setParameter(1, referral)
                .getSingleResult());
        Api.as(owner).body(Map.of("status", "filled")).patch("/api/vacancies/" + vacancy).then().statusCode(200);
        Instant closed = QuarkusTransaction.requiringNew().call(() -> SqlValues.instant(entityManager
                .createNativeQuery("select closed_at from vacancy where id = ?1").setParameter(1, vacancy)
                .getSingleResult()));
        assertNotNull(closed);
        try {
            clock.stop();
            clock.advance(Duration.between(clock.instant(), closed.plus(FOUR_WEEKS).minusSeconds(3600)));
            job.run();
            Api.as(owner).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200)
                    .body("[0].person.name", equalTo(name));
            clock.advance(Duration.ofHours(2));
            job.run();
            String referrals = Api.as(owner).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200)
                    .body("[0].person.name", equalTo(AnonymisePerson.MARKER))
                    .body("[0].person.email", nullValue())
                    .body("[0].person.anonymisedAt", notNullValue())
                    .body("[0].consent.given", equalTo(true)).extract().asString();
            assertFalse(referrals.contains(name));
            assertFalse(referrals.contains("Zoekt iets nieuws"), "the referrer's note is gone too");
            assertEquals("tip van " + AnonymisePerson.MARKER, QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("select consent_source from referral_person where referral_id = ?1")
                    .setParameter(1, referral).getSingleResult()));
            assertEquals(candidateSource, QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "select max(consent_source) from candidate_person where candidate_id = ?1")
                    .setParameter(1, referral).getSingleResult()), "a candidate with the same number is not touched");
        } finally {
            clock.resume();
        }
    }

    @Test
    void theRetentionPlanListsWhatIsDueWithoutPersonalData() {
        Person owner = People.recruiter();
        long id = withdrawnWithoutConsent(owner);
        String name = Api.as(owner).get("/api/candidates/" + id).then().extract().path("person.name");
        Person privacy = People.withRoles("privacy");
        try {
            clock.stop();
            clock.advance(Duration.ofDays(22));
            String answer = Api.as(privacy).queryParam("within", "P7D").get("/api/privacy/retention").then()
                    .statusCode(200)
                    .body("find { it.kind == 'candidate' && it.id == " + id + " }.owner.username",
                            equalTo(owner.username()))
                    .body("find { it.kind == 'candidate' && it.id == " + id + " }.held", equalTo(false))
                    .body("find { it.kind == 'candidate' && it.id == " + id + " }.consent", equalTo(false))
                    .extract().asString();
            assertFalse(answer.contains(name));
            Api.as(privacy).queryParam("within", "P1D").get("/api/privacy/retention").then().statusCode(200)
                    .body("findAll { it.kind == 'candidate' && it.id == " + id + " }.size()", equalTo(0));
            List<RetentionDue> due = plan.dueWithin(Duration.ofDays(7));
            assertTrue(due.stream().anyMatch(d -> d.kind() == SubjectKind.CANDIDATE && d.id() == id));
        } finally {
            clock.resume();
        }
    }

    @Test
    void theWarningIsMailedWithTheOffersTitleAndDayButNothingPersonal() throws Exception {
        Person owner = People.recruiter();
        long id = withdrawnWithoutConsent(owner);
        Map<String, Object> person = Api.as(owner).get("/api/candidates/" + id).then().extract().path("person");
        // Closed 22 days ago: due in six days by the real clock, so the mail's delay runs out in real time.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update candidate set closed_at = closed_at - interval '22 days' where id = ?1")
                .setParameter(1, id).executeUpdate());
        job.run();
        String address = MailServer.addressOf(owner);
        Wait.until(() -> MailServer.to(address).size() == 1);
        MimeMessage mail = MailServer.to(address).get(0);
        String raw = MailServer.raw(mail);
        assertTrue(mail.getSubject().contains("geanonimiseerd"), mail.getSubject());
        assertTrue(raw.contains("Ervaren Java-ontwikkelaar"), "the offer's anonymous title");
        assertFalse(raw.contains((String) person.get("name")), "no name");
        assertFalse(raw.contains((String) person.get("email")), "no email");
        assertFalse(raw.contains("betaalsystemen"), "no excerpt of the profile either");
    }

    @Test
    void theCandidatePageShowsWhenAndTakesFreshConsent() {
        Person owner = People.recruiter();
        long id = withdrawnWithoutConsent(owner);
        String cookie = Pages.cookie(owner);
        String page = Pages.page(cookie).get("/candidates/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-testid=\"retention-form\""), "the owner can extend");
        assertTrue(page.contains("geanonimiseerd"), "and reads when the person will be anonymised");
        Pages.form(cookie).formParam("informedAt", "").formParam("informedHow", "email")
                .post("/candidates/" + id + "/retention").then().statusCode(422);
        Api.as(owner).get("/api/candidates/" + id).then().body("consent.given", equalTo(false));
        Pages.form(cookie).formParam("informedAt", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                .toString()).formParam("informedHow", "email").post("/candidates/" + id + "/retention").then()
                .statusCode(303);
        Api.as(owner).get("/api/candidates/" + id).then().body("consent.given", equalTo(true))
                .body("consent.informedHow", equalTo("email"));
        String other = Pages.page(Pages.cookie(People.recruiter())).get("/candidates/" + id).then().statusCode(200)
                .extract().asString();
        assertFalse(other.contains("data-testid=\"retention-form\""), "only the owner");
    }
}
