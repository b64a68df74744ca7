package nl.relay.directory.clients;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import nl.relay.accounts.Account;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Vacancies;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientPageTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theTimelineShowsVacanciesSignalsProposalsAndPostsNewestFirst() {
        Person recruiter = People.recruiter();
        Person employee = People.employee();
        long client = client("Vitens " + System.nanoTime());
        long note = Posts.publish(employee, "Lunch gehad met de HR-manager van Vitens.", Map.of("clientId", client));
        long vacancy = vacancy(recruiter, client, "Data-engineer watermodellen");
        long signal = Posts.publish(employee, "De CIO vertrekt in het voorjaar.",
                Map.of("kind", "signal", "clientId", client, "signalType", "leaving"));
        long proposal = propose(recruiter, vacancy, candidate(recruiter, "Senior data-engineer"), client);
        long group = Groups.create(recruiter, "private");
        Posts.publish(recruiter, "Intern: tarieven bij Vitens gaan omhoog.",
                Map.of("clientId", client, "groupId", group));

        Api.as(recruiter).get("/api/clients/" + client + "/timeline").then().statusCode(200)
                .body("items.type", contains("post", "proposal", "signal", "vacancy", "post"))
                .body("items[1].proposal.id", equalTo((int) proposal))
                .body("items[1].proposal.candidateTitle", equalTo("Senior data-engineer"))
                .body("items[1].proposal.vacancyTitle", equalTo("Data-engineer watermodellen"))
                .body("items[1].proposal.proposedBy.username", equalTo(recruiter.username()))
                .body("items[2].post.id", equalTo((int) signal))
                .body("items[2].post.signalType", equalTo("leaving"))
                .body("items[3].vacancy.id", equalTo((int) vacancy))
                .body("items[3].vacancy.status", equalTo("open"))
                .body("items[3].vacancy.owner.username", equalTo(recruiter.username()))
                .body("items[4].post.id", equalTo((int) note));

        // Employees see neither the proposal nor the private group's post, and paging shows no gap.
        Api.as(employee).get("/api/clients/" + client + "/timeline").then().statusCode(200)
                .body("items.type", contains("signal", "vacancy", "post"))
                .body("next", nullValue());
        String next = Api.as(employee).queryParam("limit", 2).get("/api/clients/" + client + "/timeline").then()
                .statusCode(200).body("items.type", contains("signal", "vacancy")).extract().path("next");
        Api.as(employee).queryParam("limit", 2).queryParam("cursor", next).get("/api/clients/" + client + "/timeline")
                .then().statusCode(200).body("items.post.id", contains((int) note)).body("next", nullValue());
        Api.as(employee).queryParam("cursor", "bm9uc2Vucw").get("/api/clients/" + client + "/timeline").then()
                .statusCode(400);
        Api.as(employee).get("/api/clients/99999999/timeline").then().statusCode(404);
    }

    @Test
    void watchingIsAnAlertOnTheClientThatCountsItsWatchers() {
        Person sanne = People.employee();
        Person ahmed = People.employee();
        String name = "Albert Heijn " + System.nanoTime();
        long client = client(name);
        long alert = ((Number) Api.as(sanne).put("/api/clients/" + client + "/watch").then().statusCode(200)
                .body("watching", equalTo(true)).body("frequency", equalTo("instant")).body("watcherCount", equalTo(1))
                .extract().path("alertId")).longValue();
        Api.as(sanne).body(Map.of("frequency", "weekly")).put("/api/clients/" + client + "/watch").then()
                .statusCode(200).body("alertId", equalTo((int) alert)).body("frequency", equalTo("weekly"))
                .body("watcherCount", equalTo(1));
        Api.as(sanne).body(Map.of("frequency", "hourly")).put("/api/clients/" + client + "/watch").then()
                .statusCode(422).body("errors[0].field", equalTo("frequency"));
        Api.as(sanne).get("/api/alerts/" + alert).then().statusCode(200)
                .body("query", containsString(name)).body("channels", contains("app", "email"));
        Api.as(ahmed).body(Map.of("frequency", "instant")).put("/api/clients/" + client + "/watch").then()
                .statusCode(200).body("watcherCount", equalTo(2));
        Api.as(sanne).get("/api/clients/" + client).then().body("watcherCount", equalTo(2))
                .body("watchedByMe", equalTo(true));

        long ahmedsWatch = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select id from alert where watched_client_id = ?1 and owner_id = ?2").setParameter(1, client)
                .setParameter(2, accountId(ahmed)).getSingleResult()).longValue());
        long post = Posts.publish(sanne, "Albert Heijn opent een nieuw distributiecentrum in Tilburg.",
                Map.of("clientId", client));
        Wait.until(() -> Alerts.matches(ahmed, ahmedsWatch).contains(post));

        Api.as(sanne).delete("/api/clients/" + client + "/watch").then().statusCode(204);
        Api.as(sanne).delete("/api/clients/" + client + "/watch").then().statusCode(204);
        Api.as(sanne).get("/api/alerts/" + alert).then().statusCode(404);
        Api.as(ahmed).delete("/api/alerts/" + ahmedsWatch).then().statusCode(204);
        Api.as(sanne).get("/api/clients/" + client).then().body("watcherCount", equalTo(0))
                .body("watchedByMe", equalTo(false));
        Api.as(sanne).put("/api/clients/99999999/watch").then().statusCode(404);
    }

    @Test
    void aMergeMovesEverythingToTheSurvivor() {
        Person recruiter = People.recruiter();
        Person other = People.recruiter();
        Person watcher = People.employee();
        Person admin = People.admin();
        String survivorName = "Koninklijke Philips " + System.nanoTime();
        String mergedName = "Philips Nederland " + System.nanoTime();
        long survivor = client(survivorName);
        long merged = client(mergedName);
        long post = Posts.publish(watcher, "Philips zoekt tien testers.", Map.of("clientId", merged));
        long candidate = candidate(recruiter, "Testautomatiseerder");
        long earlier = propose(recruiter, vacancy(recruiter, survivor, "Tester"), candidate, survivor);
        long mergedVacancy = vacancy(other, merged, "Testcoördinator");
        nl.relay.testing.Candidates.grant(recruiter, candidate, other);
        long later = propose(other, mergedVacancy, candidate, merged);
        Api.as(watcher).put("/api/clients/" + survivor + "/watch").then().statusCode(200);
        Api.as(watcher).put("/api/clients/" + merged + "/watch").then().statusCode(200);
        Api.as(recruiter).put("/api/clients/" + merged + "/watch").then().statusCode(200);

        Api.as(recruiter).body(Map.of("clientId", merged)).post("/api/clients/" + survivor + "/merge").then()
                .statusCode(403);
        Api.as(admin).body(Map.of("clientId", merged)).post("/api/clients/" + survivor + "/merge").then()
                .statusCode(200).body("id", equalTo((int) survivor)).body("aliases", hasItem(mergedName))
                .body("watcherCount", equalTo(2));

        Api.as(watcher).get("/api/posts/" + post).then().body("client.id", equalTo((int) survivor));
        Api.as(recruiter).get("/api/clients/" + survivor + "/timeline").then().statusCode(200)
                .body("items.post.id", hasItem((int) post))
                .body("items.vacancy.id", hasItem((int) mergedVacancy))
                .body("items.proposal.id", hasItems((int) earlier, (int) later));
        assertNull(duplicateOf(earlier));
        assertEquals(earlier, duplicateOf(later));
        Api.as(recruiter).get("/api/clients/" + merged).then().statusCode(200)
                .body("archived", equalTo(true)).body("mergedInto.id", equalTo((int) survivor))
                .body("mergedInto.name", equalTo(survivorName)).body("watcherCount", equalTo(0));
        Api.as(watcher).queryParam("q", mergedName).get("/api/clients").then()
                .body("items.id", contains((int) survivor));
        Api.as(watcher).queryParam("q", mergedName).queryParam("archived", true).get("/api/clients").then()
                .body("items.id", hasItems((int) survivor, (int) merged));
        Api.as(watcher).body(Map.of("body", "Nieuws over Philips.", "clientId", merged)).post("/api/posts").then()
                .statusCode(422);
        Api.as(recruiter).body(Vacancies.body(merged, Map.of())).post("/api/vacancies").then().statusCode(422);
        Api.as(recruiter).body(Candidates.body(Map.of("clientId", merged))).post("/api/candidates").then()
                .statusCode(422);
        // Search indexes the moved post again: it is found by the survivor's name.
        Wait.until(() -> Api.as(watcher).queryParam("q", "klant:\"" + survivorName + "\"").get("/api/search")
                .then().statusCode(200).extract().jsonPath().getList("items.post.id", Number.class).stream()
                .anyMatch(id -> id.longValue() == post));

        Api.as(admin).body(Map.of("clientId", survivor)).post("/api/clients/" + survivor + "/merge").then()
                .statusCode(422);
        Api.as(admin).body(Map.of("clientId", survivor)).post("/api/clients/" + merged + "/merge").then()
                .statusCode(422);
        Api.as(admin).body(Map.of("clientId", merged)).post("/api/clients/99999999/merge").then().statusCode(404);
        Api.as(admin).delete("/api/clients/" + merged + "/archive").then().statusCode(422);
    }

    @Test
    void archivedClientsAreLeftOutOfSearchesUntilBroughtBack() {
        Person admin = People.admin();
        String name = "V&D " + System.nanoTime();
        long client = client(name);
        Api.as(People.employee()).put("/api/clients/" + client + "/archive").then().statusCode(403);
        Api.as(admin).put("/api/clients/" + client + "/archive").then().statusCode(204);
        Api.as(admin).put("/api/clients/" + client + "/archive").then().statusCode(204);
        Api.as(admin).queryParam("q", name).get("/api/clients").then().body("items", hasSize(0));
        Api.as(admin).get("/api/clients/" + client).then().body("archived", equalTo(true))
                .body("mergedInto", nullValue());
        Api.as(admin).put("/api/clients/" + client + "/watch").then().statusCode(422);
        Api.as(admin).delete("/api/clients/" + client + "/archive").then().statusCode(204);
        Api.as(admin).queryParam("q", name).get("/api/clients").then().body("items.id", contains((int) client))
                .body("items.archived", everyItem(equalTo(false)));
        Api.as(admin).body(Map.of("body", "V&D is terug.", "clientId", client)).post("/api/posts").then()
                .statusCode(201).body("client", notNullValue()).body("client.name", not(equalTo("")));
    }

    private static long client(String name) {
        return ((Number) Api.as(People.recruiter()).body(Map.of("name", name, "aliases", List.of(),
                "sectorCode", "energy")).post("/api/clients").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static long vacancy(Person owner, long client, String title) {
        return Vacancies.post(owner, client, Map.of("title", title));
    }

    private static long candidate(Person owner, String title) {
        return Candidates.offer(owner, Map.of("title", title));
    }

    private static long propose(Person by, long vacancy, long candidate, long client) {
        return ((Number) Api.as(by).body(Map.of("candidateId", candidate))
                .post("/api/vacancies/" + vacancy + "/proposals").then().statusCode(201)
                .body("client.id", equalTo((int) client)).extract().path("id")).longValue();
    }

    private Long duplicateOf(long proposal) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object value = entityManager.createNativeQuery("select duplicate_of from proposal where id = ?1")
                    .setParameter(1, proposal).getSingleResult();
            return value == null ? null : ((Number) value).longValue();
        });
    }

    private static long accountId(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(person.username()).orElseThrow().id);
    }
}
