package nl.relay.recruitment.vacancies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;

/** Posting vacancies, the refusals of bad input, who may post and change them, and the board's filters. */
@QuarkusTest
class VacanciesTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRecruiterPostsAVacancyWhosePostReadsAsDutchText() {
        Person recruiter = People.named("Pieter Jansen", "recruiter");
        long client = Vacancies.client(recruiter, "Albert Heijn");
        String clientName = Api.as(recruiter).get("/api/clients/" + client).then().extract().path("name");
        var created = Api.as(recruiter).body(Vacancies.body(client, Map.of())).post("/api/vacancies").then()
                .statusCode(201).header("Location", containsString("/api/vacancies/"))
                .body("client.name", equalTo(clientName)).body("title", equalTo("Java-ontwikkelaar betaalplatform"))
                .body("skills", contains("java", "sql")).body("region.code", equalTo("utrecht-stad"))
                .body("region.name", equalTo("Utrecht (stad)")).body("hoursPerWeek", equalTo(32))
                .body("contractType", equalTo("interim")).body("rate", equalTo(95)).body("group", nullValue())
                .body("status", equalTo("open")).body("owner.username", equalTo(recruiter.username()))
                .body("proposalCount", equalTo(0)).extract();
        long id = ((Number) created.path("id")).longValue();
        long post = ((Number) created.path("postId")).longValue();
        assertEquals(true, created.header("Location").endsWith("/api/vacancies/" + id));
        Api.as(recruiter).get("/api/posts/" + post).then().statusCode(200).body("kind", equalTo("vacancy"))
                .body("client.id", equalTo((int) client))
                .body("body", containsString("Vacature: Java-ontwikkelaar betaalplatform\nKlant: " + clientName
                        + " · Vaardigheden: java, sql · Utrecht (stad) · 32 uur per week · Interim · € 95 per uur"))
                .body("body", containsString("Je bouwt mee aan het nieuwe betaalplatform"));
        Person employee = People.employee();
        Api.as(employee).get("/api/vacancies/" + id).then().statusCode(200).body("title",
                equalTo("Java-ontwikkelaar betaalplatform"))
                .body("$", not(org.hamcrest.Matchers.hasKey("proposalCount")));
    }

    @Test
    void invalidVacanciesAreRefusedAtTheirFieldAndNothingIsStored() {
        Person recruiter = People.recruiter();
        long client = Vacancies.client(recruiter, "Gemeente Utrecht");
        long archived = Vacancies.client(recruiter, "Vroom en Dreesmann");
        long survivor = Vacancies.client(recruiter, "PostNL");
        long merged = Vacancies.client(recruiter, "TNT Post");
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update client set archived = true where id = ?1").setParameter(1, archived)
                    .executeUpdate();
            entityManager.createNativeQuery("update client set archived = true, merged_into = ?1 where id = ?2")
                    .setParameter(1, survivor).setParameter(2, merged).executeUpdate();
        });
        long privateGroup = Groups.create(People.employee(), "private");
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("clientId", new java.util.HashMap<>(java.util.Collections.singletonMap("clientId", null)));
        cases.put("clientId ", Map.of("clientId", 999_999_999));
        cases.put("clientId  ", Map.of("clientId", archived));
        cases.put("clientId   ", Map.of("clientId", merged));
        cases.put("title", Map.of("title", "Twee\nregels"));
        cases.put("description", Map.of("description", "   "));
        cases.put("skills", Map.of("skills", List.of("java", "!!")));
        cases.put("region", Map.of("region", "atlantis"));
        cases.put("hoursPerWeek", Map.of("hoursPerWeek", 61));
        cases.put("contractType", Map.of("contractType", "stage"));
        cases.put("rate", Map.of("rate", 0));
        cases.put("groupId", Map.of("groupId", privateGroup));
        cases.forEach((field, change) -> Api.as(recruiter).body(Vacancies.body(client, change))
                .post("/api/vacancies").then().statusCode(422).body("errors.field", hasItem(field.strip())));
        Api.as(recruiter).body(Vacancies.body(merged, Map.of())).post("/api/vacancies").then().statusCode(422)
                .body("errors[0].message", containsString("was merged into PostNL"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select (select count(*) from vacancy v join account a on a.id = v.owner_id where a.username = ?1)"
                        + " + (select count(*) from post p join account a on a.id = p.author_id where a.username = ?1)")
                .setParameter(1, recruiter.username()).getSingleResult()).longValue()));
    }

    @Test
    void onlyRecruitersPostVacancies() {
        Person recruiter = People.recruiter();
        long client = Vacancies.client(recruiter, "Rabobank");
        Api.as(People.employee()).body(Vacancies.body(client, Map.of())).post("/api/vacancies").then().statusCode(403);
        Api.as(People.admin()).body(Vacancies.body(client, Map.of())).post("/api/vacancies").then().statusCode(403);
    }

    @Test
    void theBoardFiltersByClientSkillRegionAndStatusAndHidesPrivateGroups() {
        Person recruiter = People.recruiter();
        long client = Vacancies.client(recruiter, "Jumbo");
        String skill = "kotlin" + Vacancies.client(recruiter, "Hema");
        long utrecht = Vacancies.post(recruiter, client, Map.of("skills", List.of(skill), "region", "utrecht-stad"));
        long amersfoort = Vacancies.post(recruiter, client, Map.of("skills", List.of(skill), "region", "amersfoort"));
        long amsterdam = Vacancies.post(recruiter, client, Map.of("skills", List.of(skill), "region", "amsterdam"));
        long group = Groups.create(recruiter, "private");
        long secret = Vacancies.post(recruiter, client, Map.of("skills", List.of(skill), "groupId", group));
        Person reader = People.employee();
        Api.as(reader).queryParam("skill", skill.toUpperCase()).queryParam("region", "utrecht").get("/api/vacancies")
                .then().statusCode(200).body("items.id", contains((int) amersfoort, (int) utrecht));
        Api.as(reader).queryParam("skill", skill).queryParam("client", client).queryParam("limit", 2)
                .get("/api/vacancies").then().body("items.id", contains((int) amsterdam, (int) amersfoort))
                .body("next", not(nullValue()));
        Api.as(reader).get("/api/vacancies/" + secret).then().statusCode(404);
        Api.as(recruiter).queryParam("skill", skill).get("/api/vacancies").then()
                .body("items.id", contains((int) secret, (int) amsterdam, (int) amersfoort, (int) utrecht));
        Api.as(recruiter).body(Map.of("status", "on-hold")).patch("/api/vacancies/" + amsterdam).then()
                .statusCode(200).body("status", equalTo("on-hold"));
        Api.as(reader).queryParam("skill", skill).queryParam("status", "on-hold").get("/api/vacancies").then()
                .body("items.id", contains((int) amsterdam));
        Api.as(reader).queryParam("region", "atlantis").get("/api/vacancies").then().statusCode(422)
                .body("errors[0].field", equalTo("region"));
        Api.as(reader).queryParam("status", "gesloten").get("/api/vacancies").then().statusCode(422);
        Api.as(reader).queryParam("client", "abc").get("/api/vacancies").then().statusCode(422);
        Api.as(reader).queryParam("skill", "!!").get("/api/vacancies").then().statusCode(422);
    }

    @Test
    void theOwnerMovesTheStatusAndChangesTheTextWithItsHistoryAndFilledIsFinal() {
        Person owner = People.recruiter();
        long client = Vacancies.client(owner, "ASML");
        long id = Vacancies.post(owner, client, Map.of());
        Api.as(People.recruiter()).body(Map.of("status", "closed")).patch("/api/vacancies/" + id).then()
                .statusCode(403);
        Api.as(People.employee()).body(Map.of("status", "closed")).patch("/api/vacancies/" + id).then().statusCode(403);
        Api.as(owner).body(Map.of("status", "paused")).patch("/api/vacancies/" + id).then().statusCode(422);
        var changed = Api.as(owner).body(Map.of("title", "Senior Java-ontwikkelaar", "hoursPerWeek", 36))
                .patch("/api/vacancies/" + id).then().statusCode(200).body("title", equalTo("Senior Java-ontwikkelaar"))
                .body("hoursPerWeek", equalTo(36)).extract();
        long post = ((Number) changed.path("postId")).longValue();
        Api.as(owner).get("/api/posts/" + post + "/history").then().body("size()", equalTo(2))
                .body("[1].body", containsString("Vacature: Senior Java-ontwikkelaar"))
                .body("[1].body", containsString("36 uur per week"));
        Api.as(People.admin()).body(Map.of("status", "on-hold")).patch("/api/vacancies/" + id).then().statusCode(200);
        Api.as(owner).body(Map.of("status", "filled")).patch("/api/vacancies/" + id).then().statusCode(200)
                .body("status", equalTo("filled"));
        Api.as(owner).body(Map.of("status", "open")).patch("/api/vacancies/" + id).then().statusCode(409);
        Api.as(owner).body(Map.of("status", "filled")).patch("/api/vacancies/" + id).then().statusCode(200);
        Api.as(owner).get("/api/vacancies/abc").then().statusCode(404);
    }
}
