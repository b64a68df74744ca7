package nl.relay.recruitment.candidates;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidatesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void aRecruiterOffersACandidateWhosePostShowsOnlyTheAnonymousProfile() {
        Person recruiter = People.recruiter();
        Map<String, Object> body = Candidates.body(Map.of("availableFrom", "2027-01-04", "seniority", "senior"));
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) body.get("person");
        JsonPath offered = Api.as(recruiter).body(body).post("/api/candidates").then().statusCode(201)
                .header("Location", containsString("/api/candidates/"))
                .body("status", equalTo("available"))
                .body("region.name", equalTo("Utrecht (stad)"))
                .body("person.name", equalTo(person.get("name")))
                .body("consent.source", equalTo("own-network")).body("consent.informedHow", equalTo("phone"))
                .body("owner.username", equalTo(recruiter.username()))
                .body("access", empty()).body("interests", empty())
                .extract().jsonPath();
        Instant created = Instant.parse(offered.getString("createdAt"));
        assertEquals(created.plus(java.time.Duration.ofDays(28)), Instant.parse(offered.getString("expiresAt")));
        long postId = offered.getLong("postId");
        String post = Api.as(People.employee()).get("/api/posts/" + postId).then().statusCode(200)
                .body("kind", equalTo("candidate")).extract().path("body");
        assertEquals("Ervaren Java-ontwikkelaar met oog voor kwaliteit\n\nVaardigheden: java, spring · Senior · "
                + "Beschikbaar vanaf 4 januari 2027 · 32 uur per week · Utrecht (stad) · Interim, freelance\n\n"
                + "Werkte acht jaar aan betaalsystemen bij een bank; zoekt een team dat test-first werkt.", post);
        assertFalse(post.contains((String) person.get("name")) || post.contains((String) person.get("email")));
    }

    @Test
    void invalidOffersAreRefusedAtTheirFieldAndNothingIsStored() {
        Person recruiter = People.recruiter();
        long group = nl.relay.testing.Groups.create(People.recruiter(), "private");
        String name = "Pieter Oplichter" + Candidates.unique();
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("skills", Map.of("skills", List.of("java", "<script>"))),
                Map.entry("region", Map.of("region", "atlantis")),
                Map.entry("availableFrom", Map.of("availableFrom", TODAY.minusDays(1).toString())),
                Map.entry("availableFrom", Map.of("availableFrom", TODAY.plusYears(3).toString())),
                Map.entry("availableFrom", Map.of("availableFrom", "+9999999-01-01")),
                Map.entry("consent.informedAt", Map.of("consent", Map.of("given", true, "informedAt",
                        "+300000-01-01T00:00:00Z", "informedHow", "phone", "source", "own-network"))),
                Map.entry("hoursPerWeek", Map.of("hoursPerWeek", 61)),
                Map.entry("rate", Map.of("rate", 0)),
                Map.entry("contractTypes", Map.of("contractTypes", List.of("zzp"))),
                Map.entry("seniority", Map.of("seniority", "guru")),
                Map.entry("title", Map.of("title", "Twee\nregels")),
                Map.entry("person.email", Map.of("person", Map.of("name", "Jan Jansen", "email", "geen-mail"))),
                Map.entry("person.phone", Map.of("person", Map.of("name", "Jan Jansen", "phone", "12ab"))),
                Map.entry("person.name", Map.of("person", Map.of("email", "x@voorbeeld.nl"))),
                Map.entry("consent.source", Map.of("consent", Map.of("given", true))),
                Map.entry("groupId", Map.of("groupId", group)),
                Map.entry("clientId", Map.of("clientId", 987654321)),
                Map.entry("summary", Map.of("person", Map.of("name", name),
                        "summary", "Een sterke kandidaat: " + name + " zoekt werk.")));
        cases.forEach(c -> Api.as(recruiter).body(Candidates.body(c.getValue())).post("/api/candidates")
                .then().statusCode(422).body("errors.field", hasItem(c.getKey())));
        Api.as(recruiter).body(Candidates.body(Map.of("availableFrom", TODAY.toString()))).post("/api/candidates")
                .then().statusCode(201);
        Api.as(recruiter).queryParam("limit", 100).get("/api/candidates").then().statusCode(200)
                .body("items.findAll { it.owner.username == '" + recruiter.username() + "' }", hasSize(1));
    }

    @Test
    void onlyRecruitersOfferAndShowInterest() {
        Person admin = People.admin();
        Api.as(People.employee()).body(Candidates.body(Map.of())).post("/api/candidates").then().statusCode(403);
        Api.as(admin).body(Candidates.body(Map.of())).post("/api/candidates").then().statusCode(403);
        long id = Candidates.offer(People.recruiter(), Map.of());
        Api.as(People.employee()).body(Map.of("note", "Misschien iets?")).post("/api/candidates/" + id + "/interest")
                .then().statusCode(403);
    }

    @Test
    void theBoardFiltersBySkillRegionDateStatusAndWords() {
        Person recruiter = People.recruiter();
        String skill = "flink" + Candidates.unique();
        long utrecht = Candidates.offer(recruiter, Map.of("skills", List.of(skill, "Kafka"),
                "availableFrom", TODAY.plusDays(10).toString()));
        long amersfoort = Candidates.offer(recruiter, Map.of("skills", List.of(skill), "region", "amersfoort",
                "availableFrom", TODAY.plusDays(60).toString(), "title", "Data-engineer voor streaming"));
        long rotterdam = Candidates.offer(recruiter, Map.of("skills", List.of(skill), "region", "rotterdam"));
        Person reader = People.employee();
        assertEquals(List.of(rotterdam, amersfoort, utrecht), ids(reader, Map.of("skill", skill.toUpperCase())));
        assertEquals(List.of(amersfoort, utrecht), ids(reader, Map.of("skill", skill, "region", "utrecht")));
        assertEquals(List.of(amersfoort), ids(reader, Map.of("skill", skill, "region", "amersfoort")));
        assertEquals(List.of(utrecht), ids(reader, Map.of("skill", List.of(skill, "kafka"))));
        assertEquals(List.of(utrecht), ids(reader, Map.of("skill", skill, "region", "utrecht",
                "availableBefore", TODAY.plusDays(20).toString())));
        assertEquals(List.of(amersfoort), ids(reader, Map.of("skill", skill, "q", "STREAMING data")));
        Api.as(recruiter).body(Map.of("status", "in-process")).patch("/api/candidates/" + rotterdam).then()
                .statusCode(200);
        assertEquals(List.of(amersfoort, utrecht), ids(reader, Map.of("skill", skill)));
        assertEquals(List.of(rotterdam), ids(reader, Map.of("skill", skill, "status", "in-process")));
        Api.as(reader).queryParam("skill", skill).queryParam("limit", 1).get("/api/candidates").then()
                .body("items", hasSize(1)).body("items[0].person", nullValue()).body("next", not(nullValue()));
        for (Map.Entry<String, String> bad : Map.of("region", "mars", "availableBefore", "morgen", "status", "vrij",
                "skill", "#$%").entrySet()) {
            Api.as(reader).queryParam(bad.getKey(), bad.getValue()).get("/api/candidates").then().statusCode(422)
                    .body("errors.field", hasItem(bad.getKey()));
        }
    }

    @Test
    void theSamePersonByEmailOrPhoneIsRefusedWithoutTheirDetails() {
        Person first = People.recruiter();
        long n = Candidates.unique();
        String email = "Bram" + n + "@Voorbeeld.nl";
        String phone = "06-" + (20_000_000 + n % 79_999_999);
        long existing = Candidates.offer(first, Map.of("person", Map.of("name", "Bram de Boer" + n, "email", email,
                "phone", phone)));
        Person second = People.recruiter();
        String byEmail = Api.as(second).body(Candidates.body(Map.of("person", Map.of("name", "B. de Boer",
                "email", "  bram" + n + "@voorbeeld.NL ")))).post("/api/candidates").then().statusCode(409)
                .body("existing.candidateId", equalTo((int) existing))
                .body("existing.path", equalTo("/api/candidates/" + existing))
                .body("existing.owner.username", equalTo(first.username()))
                .body("detail", containsString(first.username()))
                .extract().asString();
        String international = "+31 6 " + phone.substring(3);
        String byPhone = Api.as(second).body(Candidates.body(Map.of("person", Map.of("name", "Bram", "phone",
                international)))).post("/api/candidates").then().statusCode(409)
                .body("existing.candidateId", equalTo((int) existing)).extract().asString();
        for (String answer : List.of(byEmail, byPhone)) {
            assertFalse(answer.toLowerCase().contains("bram" + n) || answer.contains(phone.substring(3))
                    || answer.contains("de Boer" + n), answer);
        }
        Api.as(first).body(Map.of("status", "withdrawn")).patch("/api/candidates/" + existing).then().statusCode(200);
        Api.as(second).body(Candidates.body(Map.of("person", Map.of("name", "Bram de Boer", "email", email))))
                .post("/api/candidates").then().statusCode(201);
    }

    @Test
    void aDuplicateInAPrivateGroupIsRefusedNamingOnlyItsOwner() {
        Person first = People.recruiter();
        long n = Candidates.unique();
        String email = "lotte" + n + "@voorbeeld.nl";
        long group = nl.relay.testing.Groups.create(first, "private");
        long hidden = Candidates.offer(first, Map.of("groupId", group, "person",
                Map.of("name", "Lotte Mulder" + n, "email", email)));
        String answer = Api.as(People.recruiter()).body(Candidates.body(Map.of("person",
                Map.of("name", "L. Mulder", "email", email)))).post("/api/candidates").then().statusCode(409)
                .body("existing.candidateId", nullValue()).body("existing.path", nullValue())
                .body("existing.owner.username", equalTo(first.username()))
                .extract().asString();
        // The id as a number of its own (the owner's username holds digits too, and may hold these).
        String withoutOwner = answer.replace(first.username(), "");
        assertFalse(java.util.regex.Pattern.compile("(?<![0-9])" + hidden + "(?![0-9])").matcher(withoutOwner).find()
                || answer.contains("Mulder" + n), answer);
        Api.as(first).body(Candidates.body(Map.of("person", Map.of("name", "Lotte", "email", email))))
                .post("/api/candidates").then().statusCode(409).body("existing.candidateId", equalTo((int) hidden));
    }

    @Test
    void twoOffersOfOnePersonAtOnceNeverBothPass() throws Exception {
        long n = Candidates.unique();
        Map<String, Object> person = Map.of("name", "Daan Visser", "email", "daan" + n + "@voorbeeld.nl");
        List<Person> recruiters = List.of(People.recruiter(), People.recruiter(), People.recruiter());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(recruiters.size());
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (Person recruiter : recruiters) {
                answers.add(pool.submit(() -> Api.as(recruiter).body(Candidates.body(Map.of("person", person)))
                        .post("/api/candidates").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            java.util.Collections.sort(statuses);
            assertEquals(List.of(201, 409, 409), statuses);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSimilarNameInTheSameRegionIsAWarningWithoutPersonalData() {
        long n = Candidates.unique();
        Person first = People.recruiter();
        long existing = Candidates.offer(first, Map.of("region", "zwolle", "person",
                Map.of("name", "Joëlle van Dijk-Smit" + n)));
        Candidates.offer(first, Map.of("region", "leiden", "person", Map.of("name", "Joëlle van Dijk-Smit" + n)));
        long hidden = Candidates.offer(first, Map.of("region", "zwolle", "title", "Geheime interim-manager",
                "groupId", nl.relay.testing.Groups.create(first, "private"), "person",
                Map.of("name", "Joëlle Smit" + n)));
        String answer = Api.as(People.recruiter()).body(Candidates.body(Map.of("region", "zwolle", "person",
                Map.of("name", "SMIT" + n + " Joelle")))).post("/api/candidates").then().statusCode(201)
                .body("possibleDuplicates.candidateId", contains(nullValue(), equalTo((int) existing)))
                .body("possibleDuplicates[1].owner.username", equalTo(first.username()))
                .body("possibleDuplicates[1].title", equalTo("Ervaren Java-ontwikkelaar met oog voor kwaliteit"))
                .body("possibleDuplicates[0].title", nullValue())
                .extract().asString();
        assertFalse(answer.contains("van Dijk"), answer);
    }

    @Test
    void thePersonIsShownOnlyToTheOwnerAndGrantedRecruiters() {
        Person owner = People.recruiter();
        Person colleague = People.recruiter();
        Person employee = People.employee();
        long id = Candidates.offer(owner, Map.of());
        Api.as(colleague).get("/api/candidates/" + id).then().statusCode(200)
                .body("person", nullValue()).body("consent", nullValue()).body("access", nullValue())
                .body("interests", nullValue());
        Api.as(employee).get("/api/candidates/" + id).then().statusCode(200).body("person", nullValue());
        Api.as(owner).put("/api/candidates/" + id + "/access/" + employee.username()).then().statusCode(422);
        Api.as(owner).put("/api/candidates/" + id + "/access/nobody-" + Candidates.unique()).then().statusCode(422);
        Api.as(colleague).put("/api/candidates/" + id + "/access/" + colleague.username()).then().statusCode(403);
        for (int i = 0; i < 2; i++) {
            Api.as(owner).put("/api/candidates/" + id + "/access/" + colleague.username()).then().statusCode(204);
        }
        Api.as(owner).get("/api/candidates/" + id).then().body("access", contains(colleague.username()));
        Api.as(colleague).get("/api/candidates/" + id).then().body("person.name", startsWith("Sanne Kandidaat"))
                .body("consent.given", equalTo(true)).body("access", nullValue());
        for (int i = 0; i < 2; i++) {
            Api.as(owner).delete("/api/candidates/" + id + "/access/" + colleague.username()).then().statusCode(204);
        }
        Api.as(colleague).get("/api/candidates/" + id).then().body("person", nullValue());
        Api.as(employee).get("/api/candidates/" + id + "00").then().statusCode(404);
    }

    @Test
    void aCandidateInAPrivateGroupIsInvisibleOutsideIt() {
        Person owner = People.recruiter();
        long group = nl.relay.testing.Groups.create(owner, "private");
        long id = Candidates.offer(owner, Map.of("groupId", group));
        Person outsider = People.recruiter();
        Api.as(outsider).get("/api/candidates/" + id).then().statusCode(404);
        Api.as(outsider).body(Map.of("note", "Ik heb iets")).post("/api/candidates/" + id + "/interest").then()
                .statusCode(404);
        Api.as(owner).get("/api/candidates/" + id).then().statusCode(200).body("group.id", equalTo((int) group));
    }

    @Test
    void interestNotifiesTheOwnerAndShowsInTheirList() {
        Person owner = People.recruiter();
        Person interested = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        Instant before = Instant.parse(Api.as(owner).get("/api/candidates/" + id).then().extract().path("expiresAt"));
        Api.as(owner).body(Map.of("note", "Zelf")).post("/api/candidates/" + id + "/interest").then().statusCode(422);
        Api.as(interested).body(Map.of("note", "Past bij mijn klant", "vacancyId", 987654321))
                .post("/api/candidates/" + id + "/interest").then().statusCode(422)
                .body("errors.field", hasItem("vacancyId"));
        Api.as(interested).body(Map.of("note", "Ik heb een opdracht bij een zorgverzekeraar in Zeist"))
                .post("/api/candidates/" + id + "/interest").then().statusCode(201)
                .body("username", equalTo(interested.username()));
        Api.as(owner).get("/api/candidates/" + id).then()
                .body("interests.username", contains(interested.username()))
                .body("interests[0].note", equalTo("Ik heb een opdracht bij een zorgverzekeraar in Zeist"));
        Instant after = Instant.parse(Api.as(owner).get("/api/candidates/" + id).then().extract().path("expiresAt"));
        assertTrue(after.isAfter(before), "interest is activity");
        long postId = ((Number) Api.as(owner).get("/api/candidates/" + id).then().extract().path("postId"))
                .longValue();
        Wait.until(() -> Api.as(owner).get("/api/notifications").jsonPath()
                .getList("items.findAll { it.type == 'interest' }.post.id").contains((int) postId));
    }

    @Test
    void theStatusMovesForwardAndFinalStatesStay() {
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        Api.as(People.recruiter()).body(Map.of("status", "in-process")).patch("/api/candidates/" + id).then()
                .statusCode(403);
        Api.as(owner).body(Map.of("status", "placed")).patch("/api/candidates/" + id).then().statusCode(409);
        Api.as(owner).body(Map.of("status", "onbekend")).patch("/api/candidates/" + id).then().statusCode(422);
        for (String status : List.of("in-process", "available", "in-process", "placed")) {
            Api.as(owner).body(Map.of("status", status)).patch("/api/candidates/" + id).then().statusCode(200)
                    .body("status", equalTo(status));
        }
        Api.as(owner).body(Map.of("status", "available")).patch("/api/candidates/" + id).then().statusCode(409);
        Api.as(owner).post("/api/candidates/" + id + "/extension").then().statusCode(409);
    }

    @Test
    void aProfileChangeEditsThePostAndAnExtensionMovesTheExpiry() {
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        JsonPath changed = Api.as(owner).body(Map.of("title", "Lead developer betalingsverkeer", "hoursPerWeek", 40))
                .patch("/api/candidates/" + id).then().statusCode(200)
                .body("title", equalTo("Lead developer betalingsverkeer")).body("hoursPerWeek", equalTo(40))
                .extract().jsonPath();
        long postId = changed.getLong("postId");
        Api.as(owner).get("/api/posts/" + postId).then().body("body", startsWith("Lead developer betalingsverkeer"))
                .body("body", containsString("40 uur per week"));
        Api.as(owner).get("/api/posts/" + postId + "/history").then().body("$", hasSize(2));
        Instant expires = Instant.parse(changed.getString("expiresAt"));
        Api.as(People.recruiter()).post("/api/candidates/" + id + "/extension").then().statusCode(403);
        Instant extended = Instant.parse(Api.as(owner).post("/api/candidates/" + id + "/extension").then()
                .statusCode(200).extract().path("expiresAt"));
        assertTrue(!extended.isBefore(expires));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Person reader, Map<String, Object> query) {
        var request = Api.as(reader).queryParam("limit", 100);
        query.forEach((key, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> request.queryParam(key, v));
            } else {
                request.queryParam(key, value);
            }
        });
        List<Number> ids = request.get("/api/candidates").then().statusCode(200).extract().path("items.id");
        return ids.stream().map(Number::longValue).toList();
    }
}
