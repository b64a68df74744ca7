package nl.relay.recruitment.candidates;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/**
 * What keeps an offer and its post one thing: the post follows the profile and is never edited by hand; a closed
 * offer keeps its profile; someone who no longer recruits no longer manages an offer nor reads its person.
 */
@QuarkusTest
class CandidateRulesTest {

    @Test
    void theOffersPostIsChangedThroughTheProfileNeverByHand() {
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        long post = ((Number) Api.as(owner).get("/api/candidates/" + id).then().extract().path("postId")).longValue();
        String body = Api.as(owner).get("/api/posts/" + post).then().extract().path("body");
        Api.as(owner).body(Map.of("body", "Sanne zoekt werk, bel 06-12345678")).patch("/api/posts/" + post).then()
                .statusCode(409);
        Api.as(People.recruiter()).body(Map.of("body", "Overgenomen")).patch("/api/posts/" + post).then()
                .statusCode(403);
        Api.as(owner).get("/api/posts/" + post).then().body("body", equalTo(body));
        Api.as(owner).body(Map.of("title", "Senior Java-ontwikkelaar betalingsverkeer"))
                .patch("/api/candidates/" + id).then().statusCode(200);
        Api.as(owner).get("/api/posts/" + post).then()
                .body("body", org.hamcrest.Matchers.containsString("Senior Java-ontwikkelaar betalingsverkeer"));
    }

    @Test
    void aWithdrawnOfferKeepsItsProfile() {
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        Api.as(owner).body(Map.of("status", "withdrawn")).patch("/api/candidates/" + id).then().statusCode(200);
        Api.as(owner).body(Map.of("title", "Iets heel anders")).patch("/api/candidates/" + id).then()
                .statusCode(409);
        Api.as(owner).get("/api/candidates/" + id).then()
                .body("title", equalTo("Ervaren Java-ontwikkelaar met oog voor kwaliteit"));
    }

    @Test
    void someoneWhoNoLongerRecruitsNeitherManagesTheirOfferNorReadsItsPerson() {
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        Api.as(People.adminToken()).body(Map.of("roles", List.of("employee")))
                .patch("/api/accounts/" + owner.username()).then().statusCode(200);
        Person demoted = new Person(owner.username(), owner.password(),
                People.signIn(owner.username(), owner.password()));
        Api.as(demoted).get("/api/me").then().statusCode(200).body("roles", equalTo(List.of("employee")));
        Api.as(demoted).get("/api/candidates/" + id).then().statusCode(200).body("person", nullValue())
                .body("consent", nullValue());
        Api.as(demoted).body(Map.of("status", "withdrawn")).patch("/api/candidates/" + id).then().statusCode(403);
        Api.as(demoted).post("/api/candidates/" + id + "/extension").then().statusCode(403);
        Api.as(demoted).put("/api/candidates/" + id + "/access/" + People.recruiter().username()).then()
                .statusCode(403);
    }
}
