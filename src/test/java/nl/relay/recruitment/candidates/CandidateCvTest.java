package nl.relay.recruitment.candidates;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.relay.privacy.SubjectKind;
import nl.relay.privacy.retention.AnonymisePerson;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Uploads;
import org.junit.jupiter.api.Test;

/** A candidate's CV: kept with the person, read only by those who may read the person, audited, erased with them. */
@QuarkusTest
class CandidateCvTest {

    private static Person officer;

    @Inject
    AnonymisePerson anonymise;

    private static synchronized Person officer() {
        if (officer == null) {
            officer = People.withRoles("privacy");
        }
        return officer;
    }

    /** The read audit's entries for this candidate and reader. */
    private static List<Object> reads(long candidate, Person reader) {
        return Api.as(officer()).queryParam("candidateId", candidate).queryParam("reader", reader.username())
                .queryParam("limit", 100).get("/api/privacy/audit").then().statusCode(lessThan(300)).extract()
                .jsonPath().getList("items");
    }

    private static void storeCv(Person owner, long candidate, String filename, byte[] content) {
        Uploads.as(owner).multiPart("file", filename, content).put("/api/candidates/" + candidate + "/cv").then()
                .statusCode(200);
    }

    @Test
    void theOwnerStoresReplacesAndDeletesTheCvAndEachReadIsAudited() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        Uploads.as(owner).multiPart("file", "cv-sanne.pdf", Uploads.PDF).put("/api/candidates/" + candidate + "/cv")
                .then().statusCode(200)
                .body("filename", equalTo("cv-sanne.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(Uploads.PDF.length))
                .body("url", equalTo("/api/candidates/" + candidate + "/cv"));
        Api.as(owner).get("/api/candidates/" + candidate).then().statusCode(200)
                .body("cv.filename", equalTo("cv-sanne.pdf"));
        int before = reads(candidate, owner).size();
        byte[] read = Uploads.downloadAs(owner).get("/api/candidates/" + candidate + "/cv").then().statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"cv-sanne.pdf\"; "
                        + "filename*=UTF-8''cv-sanne.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
        assertArrayEquals(Uploads.PDF, read);
        assertEquals(before + 1, reads(candidate, owner).size());

        storeCv(owner, candidate, "cv-sanne.docx.html", Uploads.HTML);
        Uploads.downloadAs(owner).get("/api/candidates/" + candidate + "/cv").then().statusCode(200)
                .header("Content-Type", equalTo("application/octet-stream"));
        Api.as(owner).delete("/api/candidates/" + candidate + "/cv").then().statusCode(204);
        Uploads.downloadAs(owner).get("/api/candidates/" + candidate + "/cv").then().statusCode(404);
        Api.as(owner).get("/api/candidates/" + candidate).then().body("cv", nullValue());
        Api.as(owner).delete("/api/candidates/" + candidate + "/cv").then().statusCode(204);
    }

    @Test
    void onlyThoseWhoMayReadThePersonReadTheCvAndOnlyTheOwnerChangesIt() {
        Person owner = People.recruiter();
        Person granted = People.recruiter();
        Person otherRecruiter = People.recruiter();
        Person employee = People.employee();
        long candidate = Candidates.offer(owner, Map.of());
        Candidates.grant(owner, candidate, granted);
        storeCv(owner, candidate, "cv.pdf", Uploads.PDF);

        Api.as(granted).get("/api/candidates/" + candidate).then().body("cv.filename", equalTo("cv.pdf"));
        Uploads.downloadAs(granted).get("/api/candidates/" + candidate + "/cv").then().statusCode(200);
        assertTrue(reads(candidate, granted).size() >= 1);
        for (Person other : List.of(otherRecruiter, employee)) {
            Api.as(other).get("/api/candidates/" + candidate).then().statusCode(200).body("cv", nullValue())
                    .body("person", nullValue());
            Uploads.downloadAs(other).get("/api/candidates/" + candidate + "/cv").then().statusCode(404);
            assertEquals(0, reads(candidate, other).size());
        }
        for (Person notOwner : List.of(granted, otherRecruiter, employee)) {
            Uploads.as(notOwner).multiPart("file", "ander.pdf", Uploads.PDF).put("/api/candidates/" + candidate
                    + "/cv").then().statusCode(403);
            Api.as(notOwner).delete("/api/candidates/" + candidate + "/cv").then().statusCode(403);
        }
        Api.anonymous().accept("*/*").get("/api/candidates/" + candidate + "/cv").then().statusCode(401);
        Uploads.downloadAs(owner).get("/api/candidates/" + candidate + "/cv").then().statusCode(200)
                .body(equalTo(new String(Uploads.PDF, java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void theCvIsNeverOnThePostAndAFileIsRefusedAsOnPosts() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        long post = ((Number) Api.as(owner).get("/api/candidates/" + candidate).then().extract().path("postId"))
                .longValue();
        storeCv(owner, candidate, "cv.pdf", Uploads.PDF);
        Api.as(People.employee()).get("/api/posts/" + post).then().statusCode(200).body("attachments", empty());
        Uploads.as(owner).multiPart("file", "leeg.pdf", new byte[0]).put("/api/candidates/" + candidate + "/cv")
                .then().statusCode(422).body("errors[0].field", equalTo("file"));
        Uploads.as(owner).multiPart("file", "groot.txt", Uploads.text(10 * 1024 * 1024 + 1))
                .put("/api/candidates/" + candidate + "/cv").then().statusCode(413);
        Uploads.as(owner).multiPart("file", "a.pdf", Uploads.PDF).multiPart("file", "b.pdf", Uploads.PDF)
                .put("/api/candidates/" + candidate + "/cv").then().statusCode(422);
        Api.as(owner).get("/api/candidates/" + candidate).then().body("cv.filename", equalTo("cv.pdf"));
    }

    @Test
    void theErasureDeletesTheCvAndCountsItAndTheAccessRequestListsIt() {
        Person owner = People.recruiter();
        Map<String, Object> offer = Candidates.body(Map.of());
        long candidate = ((Number) Api.as(owner).body(offer).post("/api/candidates").then().statusCode(201)
                .extract().path("id")).longValue();
        String email = ((Map<?, ?>) offer.get("person")).get("email").toString();
        storeCv(owner, candidate, "cv-kandidaat.pdf", Uploads.PDF);

        JsonPath access = Api.as(officer()).queryParam("email", email).get("/api/privacy/subjects").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("cv-kandidaat.pdf", access.getString("candidates[0].cv.filename"));
        assertEquals(Uploads.PDF.length, access.getInt("candidates[0].cv.size"));
        assertTrue(access.getString("candidates[0].cv.uploadedAt") != null);

        JsonPath report = Api.as(officer()).body(Map.of("candidateId", candidate)).post("/api/privacy/erasures")
                .then().statusCode(200)
                .body("examined", hasItem("candidate_document"))
                .extract().jsonPath();
        assertEquals(List.of(1, 1, List.of((int) candidate)), List.of(
                report.getInt("changes.find { it.store == 'candidate_document' }.found"),
                report.getInt("changes.find { it.store == 'candidate_document' }.changed"),
                report.getList("changes.find { it.store == 'candidate_document' }.ids")));
        Uploads.downloadAs(owner).get("/api/candidates/" + candidate + "/cv").then().statusCode(404);
        Api.as(owner).get("/api/candidates/" + candidate).then().body("cv", nullValue());
        Uploads.as(owner).multiPart("file", "cv.pdf", Uploads.PDF).put("/api/candidates/" + candidate + "/cv").then()
                .statusCode(409);
    }

    @Test
    void retentionsAnonymisationDeletesTheCv() {
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of());
        storeCv(owner, candidate, "cv.pdf", Uploads.PDF);
        QuarkusTransaction.requiringNew().run(() -> anonymise.anonymise(SubjectKind.CANDIDATE, candidate));
        Uploads.downloadAs(owner).get("/api/candidates/" + candidate + "/cv").then().statusCode(404);
        Api.as(owner).get("/api/candidates/" + candidate).then().body("cv", nullValue())
                .body("person.anonymisedAt", not(nullValue()));
    }

    @Test
    void theCandidatePageShowsTheCvAndLetsTheOwnerUploadIt() {
        Person owner = People.recruiter();
        Person employee = People.employee();
        long candidate = Candidates.offer(owner, Map.of());
        String cookie = Pages.cookie(owner);
        Pages.page(cookie).get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("data-testid=\"cv-form\""))
                .body(containsString("Geen cv opgeslagen."));
        Pages.page(cookie).config(Uploads.BROWSER_LIKE).header("Origin", "http://localhost:" + RestAssured.port)
                .multiPart("file", "cv <Jansen>.pdf", Uploads.PDF).post("/candidates/" + candidate + "/cv").then()
                .statusCode(303);
        Pages.page(cookie).get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString(
                        "href=\"/api/candidates/" + candidate + "/cv\" download=\"cv &lt;Jansen&gt;.pdf\""))
                .body(containsString("data-testid=\"cv-delete\""));
        Pages.page(cookie).config(Uploads.BROWSER_LIKE).header("Origin", "http://localhost:" + RestAssured.port)
                .multiPart("file", "leeg.pdf", new byte[0]).post("/candidates/" + candidate + "/cv").then()
                .statusCode(422).body(containsString("data-testid=\"cv-error\">Het cv is niet opgeslagen"));
        Pages.page(Pages.cookie(employee)).get("/candidates/" + candidate).then().statusCode(200)
                .body(not(containsString("cv-form"))).body(not(containsString("Jansen")));
        Pages.page(cookie).header("Origin", "http://localhost:" + RestAssured.port)
                .post("/candidates/" + candidate + "/cv/delete").then().statusCode(303);
        Api.as(owner).get("/api/candidates/" + candidate).then().body("cv", nullValue());
    }
}
