package nl.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * Alerts and search know a candidate's or vacancy's skills, region (and its province) and status, and a client
 * signal's type, by their English and Dutch field names and values.
 */
@QuarkusTest
class RecruitmentFieldsTest {

    @Inject
    OutboxWorker outbox;

    @Test
    void anAlertOnSkillAndRegionFindsAFittingCandidateInBothLanguages() {
        Person watcher = People.recruiter();
        Person recruiter = People.recruiter();
        long english = Alerts.create(watcher, "skill:java region:utrecht");
        long dutch = Alerts.create(watcher, "vaardigheid:JAVA regio:utrecht soort:kandidaat");
        long fits = candidatePost(recruiter, Map.of("skills", List.of("java", "sql"), "region", "amersfoort"));
        long city = candidatePost(recruiter, Map.of("skills", List.of("java"), "region", "utrecht-stad"));
        long elsewhere = candidatePost(recruiter, Map.of("skills", List.of("java"), "region", "amsterdam"));
        long otherSkill = candidatePost(recruiter, Map.of("skills", List.of("javascript"), "region", "amersfoort"));
        long words = Posts.publish(recruiter, "Wie kent een goede java-ontwikkelaar in de regio Utrecht?");
        Wait.until(() -> !Alerts.notices(watcher, city).isEmpty() && !Alerts.notices(watcher, fits).isEmpty());
        outbox.drain();
        for (long alert : List.of(english, dutch)) {
            List<Long> matches = Alerts.matches(watcher, alert);
            assertTrue(matches.contains(fits) && matches.contains(city), alert + ": " + matches);
            assertTrue(!matches.contains(elsewhere) && !matches.contains(otherSkill) && !matches.contains(words),
                    alert + ": " + matches);
        }
    }

    @Test
    void anAlertOnASignalTypeFindsSignalsOfThatTypeInBothLanguages() {
        Person watcher = People.employee();
        Person recruiter = People.recruiter();
        long client = ((Number) Api.as(recruiter).body(Map.of("name", "Waterschap De Dommel " + Candidates.unique(),
                "aliases", List.of(), "sectorCode", "ict")).post("/api/clients").then().statusCode(201)
                .extract().path("id")).longValue();
        long english = Alerts.create(watcher, "signal:reorganisation");
        long dutch = Alerts.create(watcher, "signaal:reorganisatie");
        long reorganisation = Posts.publish(recruiter, "Het waterschap gaat twee afdelingen samenvoegen.",
                Map.of("kind", "signal", "clientId", client, "signalType", "reorganisation"));
        long growth = Posts.publish(recruiter, "Het waterschap groeit: er komt een nieuwe afdeling reorganisatie.",
                Map.of("kind", "signal", "clientId", client, "signalType", "growth"));
        Wait.until(() -> !Alerts.notices(watcher, reorganisation).isEmpty());
        outbox.drain();
        assertEquals(List.of(reorganisation), Alerts.matches(watcher, english).stream()
                .filter(id -> id == reorganisation || id == growth).toList());
        assertEquals(List.of(reorganisation), Alerts.matches(watcher, dutch).stream()
                .filter(id -> id == reorganisation || id == growth).toList());
    }

    @Test
    void searchFindsAnAvailableCandidateBySkillAndStatusUntilItsStatusChanges() {
        Person recruiter = People.recruiter();
        String skill = "fortran-" + Candidates.unique();
        long id = Candidates.offer(recruiter, Map.of("skills", List.of(skill, "java"), "region", "tilburg"));
        long post = ((Number) Api.as(recruiter).get("/api/candidates/" + id).then().statusCode(200).extract()
                .path("postId")).longValue();
        outbox.drain();
        Person reader = People.recruiter();
        assertEquals(List.of(post), found(reader, "status:available skill:" + skill));
        assertEquals(List.of(post), found(reader, "status:beschikbaar vaardigheid:" + skill + " regio:noord-brabant"));
        assertEquals(List.of(), found(reader, "status:available skill:" + skill + " region:zeeland"));
        Api.as(recruiter).body(Map.of("status", "in-process")).patch("/api/candidates/" + id).then()
                .statusCode(200);
        Wait.until(() -> found(reader, "status:available skill:" + skill).isEmpty());
        assertEquals(List.of(post), found(reader, "status:in-behandeling skill:" + skill));
        assertEquals(List.of(post), found(reader, "status:in-process vaardigheid:" + skill));
    }

    private static long candidatePost(Person recruiter, Map<String, Object> changes) {
        long id = Candidates.offer(recruiter, changes);
        return ((Number) Api.as(recruiter).get("/api/candidates/" + id).then().statusCode(200).extract()
                .path("postId")).longValue();
    }

    private static List<Long> found(Person reader, String query) {
        return Api.as(reader).queryParam("q", query).get("/api/search").then().statusCode(200).extract().jsonPath()
                .getList("items.post.id", Number.class).stream().map(Number::longValue).toList();
    }
}
