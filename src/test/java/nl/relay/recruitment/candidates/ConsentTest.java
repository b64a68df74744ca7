package nl.relay.recruitment.candidates;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Consent and source are required to offer a candidate, from fixed lists; a referral records what the referrer says
 * of the person's consent. Both are shown only to those who may read the person.
 */
@QuarkusTest
class ConsentTest {

    private static Map<String, Object> consent(Object... pairs) {
        Map<String, Object> consent = new HashMap<>(Map.of("given", true, "informedAt", "2026-11-20T10:00:00Z",
                "informedHow", "phone", "source", "linkedin"));
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                consent.remove((String) pairs[i]);
            } else {
                consent.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return consent;
    }

    @Test
    void anOfferWithoutCompleteConsentIsRefusedAtItsFieldAndNothingIsStored() {
        Person recruiter = People.recruiter();
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("consent.given", consent("given", null)),
                Map.entry("consent.informedAt", consent("informedAt", null)),
                Map.entry("consent.informedHow", consent("informedHow", null)),
                Map.entry("consent.informedHow", consent("informedHow", "carrier-pigeon")),
                Map.entry("consent.source", consent("source", null)),
                Map.entry("consent.source", consent("source", "Telefonisch gesprek")));
        for (Map.Entry<String, Map<String, Object>> c : cases) {
            Map<String, Object> body = Candidates.body(Map.of("consent", c.getValue()));
            String email = (String) ((Map<?, ?>) body.get("person")).get("email");
            Api.as(recruiter).body(body).post("/api/candidates").then().statusCode(422)
                    .body("errors.field", hasItem(c.getKey()));
            // nothing stored: the same person may be offered right after
            Api.as(recruiter).body(Candidates.body(Map.of("person", body.get("person")))).post("/api/candidates")
                    .then().statusCode(201).body("person.email", equalTo(email));
        }
        Api.as(recruiter).body(Candidates.body(Map.of("consent", "yes"))).post("/api/candidates").then()
                .statusCode(anyOf(equalTo(400), equalTo(422)));
    }

    @Test
    void consentIsShownToThoseWhoMayReadThePersonOnly() {
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of("consent", consent("informedHow", "in-person", "source",
                "own-network")));
        Api.as(owner).get("/api/candidates/" + id).then().statusCode(200)
                .body("consent.given", equalTo(true)).body("consent.informedHow", equalTo("in-person"))
                .body("consent.source", equalTo("own-network"))
                .body("consent.informedAt", equalTo("2026-11-20T10:00:00Z"));
        Api.as(People.recruiter()).get("/api/candidates/" + id).then().statusCode(200)
                .body("consent", nullValue());
        String page = Pages.page(Pages.cookie(owner)).get("/candidates/" + id).then().statusCode(200).extract()
                .asString();
        Assertions.assertTrue(page.contains("eigen netwerk") && page.contains("persoonlijk"), "labels in Dutch");
        String other = Pages.page(Pages.cookie(People.recruiter())).get("/candidates/" + id).then().statusCode(200)
                .extract().asString();
        Assertions.assertFalse(other.contains("data-testid=\"candidate-consent\""));
    }

    @Test
    void aReferralRecordsConsentAndRefusesAnUnknownSource() {
        Person owner = People.recruiter();
        Person employee = People.employee();
        Person bystander = People.employee();
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "ASML"), Map.of());
        String path = "/api/vacancies/" + vacancy + "/referrals";
        Api.as(employee).body(Map.of("name", "Els Visser", "note", "Sterk in Java", "consent",
                Map.of("given", true, "source", "billboard"))).post(path).then().statusCode(422)
                .body("errors.field", hasItem("consent.source"));
        Api.as(employee).body(Map.of("name", "Els Visser", "note", "Sterk in Java", "consent",
                Map.of("given", true, "informedHow", "fax"))).post(path).then().statusCode(422)
                .body("errors.field", hasItem("consent.informedHow"));
        Api.as(owner).get(path).then().statusCode(200).body("size()", equalTo(0));
        Api.as(employee).body(Map.of("name", "Els Visser", "note", "Sterk in Java")).post(path).then()
                .statusCode(201).body("consent", nullValue());
        Api.as(owner).get(path).then().statusCode(200).body("[0].consent.given", equalTo(false))
                .body("[0].consent.source", equalTo("referral"));
        Api.as(employee).get(path).then().statusCode(200).body("[0].consent.source", equalTo("referral"));
        Api.as(People.adminToken()).get(path).then().statusCode(200).body("[0].consent", nullValue());
        Api.as(bystander).get(path).then().statusCode(403);
    }
}
