package nl.relay.privacy.subjects;

import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.accounts.Account;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;

/** Access requests: everything Relay holds about one person, for the privacy officer, and itself audited. */
@QuarkusTest
class SubjectAccessTest {

    @Inject
    SubjectAccess access;

    @Test
    void aNameWithLettersBeyondDutchAccentsIsFoundAsTheErasureWouldTakeItOut() {
        long n = Candidates.unique();
        String email = "cagla" + n + "@voorbeeld.nl";
        Person owner = People.recruiter();
        Api.as(owner).body(Candidates.body(Map.of("person", Map.of("name", "Cagla Yilmaz" + n, "email", email))))
                .post("/api/candidates").then().statusCode(201);
        long post = Posts.publish(People.employee(), "Sprak Çağla Yılmaz" + n + " vandaag, zij zoekt werk in Zeist.");

        JsonPath report = Api.as(People.withRoles("privacy")).queryParam("email", email).get("/api/privacy/subjects")
                .then().statusCode(200).extract().jsonPath();

        assertTrue(report.getList("posts.id").contains((int) post), report.prettify());
    }

    @Test
    void theExportOfACandidateHoldsTheRecordTheNamingPostsTheGrantsAndTheReads() {
        Person owner = People.recruiter();
        Person colleague = People.recruiter();
        Map<String, Object> offer = Candidates.body(Map.of());
        long candidate = ((Number) Api.as(owner).body(offer).post("/api/candidates").then().statusCode(201)
                .extract().path("id")).longValue();
        Map<?, ?> person = (Map<?, ?>) offer.get("person");
        String name = person.get("name").toString();
        String email = person.get("email").toString();
        String phone = person.get("phone").toString();
        Candidates.grant(owner, candidate, colleague);
        Api.as(colleague).get("/api/candidates/" + candidate).then().statusCode(200);
        Api.as(colleague).body(Map.of("note", "Past bij mijn klant in Zeist.")).post("/api/candidates/" + candidate
                + "/interest").then().statusCode(lessThan(300));
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Waterschap"), Map.of());
        Api.as(owner).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + vacancy + "/proposals").then()
                .statusCode(201);

        Person writer = People.employee();
        long byName = Posts.publish(writer, "Goed gesprek gehad met " + name.toUpperCase(java.util.Locale.ROOT)
                + " over de rol.");
        long byPhone = Posts.publish(writer, "Terugbellen op +31 " + phone.substring(1) + " graag.");
        long edited = Posts.publish(writer, "Mail gestuurd naar " + email + " vandaag.");
        Api.as(writer).body(Map.of("body", "Mail gestuurd vandaag.")).patch("/api/posts/" + edited).then()
                .statusCode(200);
        long unrelated = Posts.publish(writer, "Niets over iemand, alleen over de koffieautomaat.");

        Person officer = People.withRoles("privacy");
        JsonPath report = Api.as(officer).queryParam("email", "  " + email.toUpperCase(java.util.Locale.ROOT) + " ")
                .get("/api/privacy/subjects").then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(email), report.getList("identifiers.emails"));
        assertEquals(1, report.getList("candidates").size(), report.prettify());
        assertEquals((int) candidate, report.getInt("candidates[0].id"));
        assertEquals("candidate", report.getString("retention[0].kind"));
        assertEquals((int) candidate, report.getInt("retention[0].id"));
        assertEquals(false, report.getBoolean("retention[0].held"));
        assertTrue(report.getString("retention[0].dueAt") != null,
                "an offer on offer is kept until it expires, then its period");
        assertEquals(name, report.getString("candidates[0].person.name"));
        assertEquals(phone, report.getString("candidates[0].person.phone"));
        assertEquals(true, report.getBoolean("candidates[0].consent.given"));
        assertEquals("own-network", report.getString("candidates[0].consent.source"));
        assertEquals("phone", report.getString("candidates[0].consent.informedHow"));
        assertEquals(offer.get("title"), report.getString("candidates[0].profile.title"));
        assertEquals(List.of("java", "spring"), report.getList("candidates[0].profile.skills"));
        assertEquals("in-process", report.getString("candidates[0].status"), "proposing puts it in process");
        assertEquals(owner.username(), report.getString("candidates[0].owner.username"));
        assertEquals(colleague.username(), report.getString("candidates[0].access[0].to.username"));
        assertEquals(owner.username(), report.getString("candidates[0].access[0].grantedBy.username"));
        assertTrue(report.getString("candidates[0].access[0].grantedAt") != null);
        assertEquals((int) vacancy, report.getInt("candidates[0].proposals[0].vacancy.id"));
        assertTrue(report.getString("candidates[0].proposals[0].client.name").startsWith("Waterschap"));
        assertEquals("proposed", report.getString("candidates[0].proposals[0].status"));
        assertEquals("Past bij mijn klant in Zeist.", report.getString("candidates[0].interests[0].note"));

        List<Integer> posts = report.getList("posts.id");
        assertTrue(posts.containsAll(List.of((int) byName, (int) byPhone, (int) edited)), posts.toString());
        assertFalse(posts.contains((int) unrelated), posts.toString());
        Map<String, Object> editedPost = report.getMap("posts.find { it.id == " + edited + " }");
        assertEquals(writer.username(), ((Map<?, ?>) editedPost.get("author")).get("username"));
        List<?> excerpts = (List<?>) editedPost.get("excerpts");
        assertEquals(1, excerpts.size(), "only the earlier version names the person: " + excerpts);
        assertTrue(((Map<?, ?>) excerpts.get(0)).get("text").toString().contains(email), excerpts.toString());

        List<Map<String, Object>> reads = report.getList("reads");
        assertTrue(reads.stream().anyMatch(read -> colleague.username().equals(reader(read))), reads.toString());
        assertTrue(reads.stream().anyMatch(read -> officer.username().equals(reader(read))
                && "api".equals(read.get("channel"))), "the export is itself a read: " + reads);

        JsonPath byNumber = Api.as(officer).queryParam("phone", "0031" + phone.substring(1).replace(" ", "-"))
                .get("/api/privacy/subjects").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) candidate), byNumber.getList("candidates.id"));
        assertEquals(List.of(email), byNumber.getList("identifiers.emails"), "the number finds the address too");
        assertTrue(byNumber.getList("posts.id").containsAll(posts));
    }

    @Test
    void theExportIsRecordedInTheReadAudit() {
        Person owner = People.recruiter();
        Map<String, Object> offer = Candidates.body(Map.of());
        long candidate = ((Number) Api.as(owner).body(offer).post("/api/candidates").then().statusCode(201)
                .extract().path("id")).longValue();
        Person officer = People.withRoles("privacy");

        Api.as(officer).queryParam("email", ((Map<?, ?>) offer.get("person")).get("email"))
                .get("/api/privacy/subjects").then().statusCode(200);

        List<Map<String, Object>> entries = Api.as(officer).queryParam("candidateId", candidate)
                .queryParam("reader", officer.username()).get("/api/privacy/audit").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(1, entries.size(), entries.toString());
        assertEquals("api", entries.get(0).get("channel"));
        assertEquals(Map.of("kind", "candidate", "id", (int) candidate), entries.get(0).get("subject"));
    }

    @Test
    void theExportOfAReferredPersonHoldsTheReferral() {
        Person owner = People.recruiter();
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Provincie Utrecht"), Map.of());
        Person referrer = People.employee();
        long n = Candidates.unique();
        String email = "bram" + n + "@voorbeeld.nl";
        long referral = ((Number) Api.as(referrer)
                .body(Map.of("name", "Bram Verwezen" + n, "email", email, "note", "Oud-collega, sterk in SQL."))
                .post("/api/vacancies/" + vacancy + "/referrals").then().statusCode(201).extract().path("id"))
                .longValue();
        long naming = Posts.publish(referrer, "Ik heb bram verwezen" + n + " aangedragen voor de vacature.");
        Person admin = People.admin();

        JsonPath report = Api.as(admin).queryParam("email", email).get("/api/privacy/subjects").then()
                .statusCode(200).extract().jsonPath();

        assertEquals(List.of(), report.getList("candidates"));
        assertEquals(List.of((int) referral), report.getList("referrals.id"), report.prettify());
        assertEquals("Bram Verwezen" + n, report.getString("referrals[0].person.name"));
        assertEquals(email, report.getString("referrals[0].person.email"));
        assertEquals("Oud-collega, sterk in SQL.", report.getString("referrals[0].person.note"));
        assertEquals("referral", report.getString("referrals[0].consent.source"));
        assertEquals((int) vacancy, report.getInt("referrals[0].vacancy.id"));
        assertEquals(referrer.username(), report.getString("referrals[0].referrer.username"));
        assertEquals(owner.username(), report.getString("referrals[0].vacancyOwner.username"));
        assertEquals(List.of((int) naming), report.getList("posts.id"));
        List<Map<String, Object>> reads = report.getList("reads");
        assertTrue(reads.stream().anyMatch(read -> admin.username().equals(reader(read))
                && Map.of("kind", "referral", "id", (int) referral).equals(read.get("subject"))), reads.toString());
    }

    @Test
    void someoneRelayKnowsNothingAboutGetsAnEmptyReport() {
        JsonPath report = Api.as(People.withRoles("privacy"))
                .queryParam("email", "niemand" + Candidates.unique() + "@voorbeeld.nl")
                .get("/api/privacy/subjects").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), report.getList("candidates"));
        assertEquals(List.of(), report.getList("referrals"));
        assertEquals(List.of(), report.getList("reads"));
    }

    @Test
    void onlyThePrivacyOfficerAndAdminsAnswerAccessRequests() {
        String path = "/api/privacy/subjects";
        Map<String, Object> byEmail = Map.of("email", "iemand@voorbeeld.nl");
        Api.anonymous().queryParams(byEmail).get(path).then().statusCode(401);
        Api.as(People.employee()).queryParams(byEmail).get(path).then().statusCode(403);
        Api.as(People.recruiter()).queryParams(byEmail).get(path).then().statusCode(403);
        Api.as(People.withRoles("privacy")).queryParams(byEmail).get(path).then().statusCode(200);
        Api.as(People.admin()).queryParams(byEmail).get(path).then().statusCode(200);

        Person officer = People.withRoles("privacy");
        Map<String, Object> both = new HashMap<>(byEmail);
        both.put("phone", "0612345678");
        for (Map<String, Object> wrong : List.<Map<String, Object>>of(Map.of(), both, Map.of("email", "geen-adres"),
                Map.of("phone", "12"), Map.of("phone", "bel mij"), Map.of("email", " "))) {
            Api.as(officer).queryParams(wrong).get(path).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void thePrivacyPageCallsTheSameUseCaseWhichRefusesOthers() {
        Person employee = People.employee();
        Person officer = People.withRoles("privacy");
        Account asEmployee = account(employee);
        Account asOfficer = account(officer);
        SubjectQuery query = SubjectQuery.of("iemand" + Candidates.unique() + "@voorbeeld.nl", null);

        assertThrows(NotAllowed.class, () -> access.find(asEmployee, query));
        SubjectReport report = access.find(asOfficer, query);
        assertEquals(List.of(query.email()), report.identifiers().emails());
        assertEquals(List.of(), report.candidates());
    }

    private static Account account(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(person.username()).orElseThrow());
    }

    private static Object reader(Map<String, Object> read) {
        return ((Map<?, ?>) read.get("reader")).get("username");
    }
}
