package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/**
 * The candidate pages without JavaScript: offering through the form (refusals at their field, in the page's
 * language; the same person twice named as a clear message), the board's filters, and who sees what.
 */
@QuarkusTest
class CandidatePagesTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    @Test
    void aRecruiterOffersThroughTheFormAndLandsOnTheCandidatePage() {
        Person recruiter = People.recruiter();
        String cookie = cookie(recruiter);
        page(cookie).get("/candidates").then().statusCode(200).body(containsString("href=\"/candidates/new\""))
                .body(containsString("href=\"/candidates\">Kandidaten</a>"));
        page(cookie).get("/candidates/new").then().statusCode(200)
                .body(containsString("<optgroup label=\"Provincies\">"))
                .body(containsString("<option value=\"utrecht-stad\" >Utrecht (stad)</option>"));
        long n = Candidates.unique();
        String skill = "elixir" + n;
        Person other = People.recruiter();
        long similar = Candidates.offer(other, Map.of("title", "Python-ontwikkelaar",
                "person", Map.of("name", "Marloes Vermeulen" + n)));
        String location = filled(form(cookie), n, skill).post("/candidates").then().statusCode(303)
                .header("Location", matchesPattern(".*/candidates/\\d+\\?offered=1$")).extract().header("Location");
        page(cookie).get(location.substring(location.indexOf("/candidates/"))).then().statusCode(200)
                .body(containsString("data-testid=\"possible-duplicates\""))
                .body(containsString("<a href=\"/candidates/" + similar + "\">Python-ontwikkelaar</a>"));
        String path = location.substring(location.indexOf("/candidates/"), location.indexOf("?"));
        page(cookie).get(path).then().statusCode(200)
                .body(not(containsString("data-testid=\"possible-duplicates\"")))
                .body(containsString("Backend-ontwikkelaar Elixir"))
                .body(containsString("data-testid=\"candidate-person\""))
                .body(containsString("Marloes Vermeulen" + n))
                .body(containsString("Beschikbaar"));
        page(cookie).get("/candidates?skill=" + skill + "&region=utrecht").then().statusCode(200)
                .body(containsString("Backend-ontwikkelaar Elixir"))
                .body(not(containsString("Marloes Vermeulen" + n)));
        page(cookie).get("/candidates?skill=" + skill + "&region=limburg").then().statusCode(200)
                .body(containsString("data-testid=\"no-candidates\""));

        filled(form(cookie), n, skill).post("/candidates").then().statusCode(409)
                .body(containsString("Deze persoon wordt al aangeboden door Test " + recruiter.username()))
                .body(containsString("href=\"" + path + "\""));
    }

    @Test
    void refusalsShowAtTheirFieldInThePagesLanguageAndNothingIsStored() {
        Person recruiter = People.recruiter();
        String cookie = cookie(recruiter);
        long n = Candidates.unique();
        filled(form(cookie), n, "go", Map.of("hoursPerWeek", "zestig", "availableFrom", "2001-01-01"))
                .post("/candidates").then().statusCode(422)
                .body(containsString("id=\"hoursPerWeek-error\""))
                .body(containsString("Geef een heel aantal uren van 1 tot 60."))
                .body(containsString("value=\"Marloes Vermeulen" + n + "\""));
        filled(form(cookie), n, "go", Map.of("summary", "Marloes Vermeulen" + n + " is een topper")).post("/candidates")
                .then().statusCode(422)
                .body(containsString("id=\"summary-error\""))
                .body(containsString("Noem de kandidaat hier niet"));
        filled(form(cookie).cookie("relay_lang", "en"), n, "go", Map.of("region", "mars")).post("/candidates")
                .then().statusCode(422).body(containsString("Choose a region from the list."));
        Api.as(recruiter).get("/api/candidates?q=elixir").then()
                .body("items.findAll { it.owner.username == '" + recruiter.username() + "' }", equalTo(List.of()));
        page(cookie).get("/candidates?availableBefore=morgen").then().statusCode(422)
                .body(containsString("id=\"f-before-error\""));
    }

    @Test
    void employeesCannotOfferNorSeeThePerson() {
        Person employee = People.employee();
        String cookie = cookie(employee);
        page(cookie).get("/candidates").then().statusCode(200).body(not(containsString("href=\"/candidates/new\"")));
        page(cookie).get("/candidates/new").then().statusCode(403)
                .body(containsString("Alleen recruiters kunnen kandidaten aanbieden."));
        filled(form(cookie), Candidates.unique(), "go").post("/candidates").then().statusCode(403);
        Person owner = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        Api.as(owner).put("/api/candidates/" + id + "/access/" + employee.username()).then().statusCode(422);
        page(cookie).get("/candidates/" + id).then().statusCode(200)
                .body(not(containsString("data-testid=\"candidate-person\"")))
                .body(not(containsString("Sanne Kandidaat")))
                .body(not(containsString("data-testid=\"interest-form\"")));
        form(cookie).formParam("note", "Ik wil ook").post("/candidates/" + id + "/interest").then().statusCode(403);
        form(cookie).formParam("status", "withdrawn").post("/candidates/" + id + "/status").then().statusCode(403);
        page(cookie).get("/candidates/9" + id + "99").then().statusCode(404);
    }

    @Test
    void theOwnerGrantsAccessAndAColleagueShowsInterestThroughForms() {
        Person owner = People.recruiter();
        Person colleague = People.recruiter();
        long id = Candidates.offer(owner, Map.of());
        String ownerCookie = cookie(owner);
        String colleagueCookie = cookie(colleague);
        page(colleagueCookie).get("/candidates/" + id).then().statusCode(200)
                .body(containsString("Ik heb een baan voor deze kandidaat"))
                .body(not(containsString("Sanne Kandidaat")));
        form(colleagueCookie).formParam("note", "Past bij een opdracht bij de gemeente Utrecht")
                .post("/candidates/" + id + "/interest").then().statusCode(303);
        form(ownerCookie).formParam("username", "niemand" + id).post("/candidates/" + id + "/access").then()
                .statusCode(422).body(containsString("id=\"grant-error\""));
        form(ownerCookie).formParam("username", colleague.username()).post("/candidates/" + id + "/access").then()
                .statusCode(303);
        page(ownerCookie).get("/candidates/" + id).then()
                .body(containsString("Past bij een opdracht bij de gemeente Utrecht"))
                .body(containsString("Toegang intrekken: " + colleague.username()));
        page(colleagueCookie).get("/candidates/" + id).then().body(containsString("Sanne Kandidaat"));
        form(ownerCookie).formParam("username", colleague.username()).post("/candidates/" + id + "/access/revoke")
                .then().statusCode(303);
        page(colleagueCookie).get("/candidates/" + id).then().body(not(containsString("Sanne Kandidaat")));
        form(ownerCookie).formParam("status", "placed").post("/candidates/" + id + "/status").then().statusCode(409)
                .body(containsString("data-testid=\"status-error\""));
        form(ownerCookie).formParam("status", "withdrawn").post("/candidates/" + id + "/status").then()
                .statusCode(303);
        page(ownerCookie).get("/candidates/" + id).then().body(containsString("Dit aanbod is afgerond."));
    }

    private static RequestSpecification filled(RequestSpecification form, long n, String skill) {
        return filled(form, n, skill, Map.of());
    }

    /** The form filled in as a recruiter would, with some fields typed otherwise. */
    private static RequestSpecification filled(RequestSpecification form, long n, String skill,
            Map<String, String> otherwise) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", "Backend-ontwikkelaar Elixir met ervaring in de zorg");
        fields.put("summary", "Bouwde een planningssysteem voor thuiszorg; zoekt een opdracht van een jaar.");
        fields.put("skills", skill + ", postgresql");
        fields.put("seniority", "medior");
        fields.put("availableFrom", TODAY);
        fields.put("hoursPerWeek", "36");
        fields.put("region", "utrecht-stad");
        fields.put("rate", "");
        fields.put("client", "");
        fields.put("clientId", "");
        fields.put("sectorCode", "");
        fields.put("groupId", "");
        fields.put("personName", "Marloes Vermeulen" + n);
        fields.put("personEmail", "marloes" + n + "@voorbeeld.nl");
        fields.put("personPhone", "");
        fields.put("consentGiven", "true");
        fields.put("consentInformedAt", TODAY);
        fields.put("consentInformedHow", "in-person");
        fields.put("consentSource", "own-network");
        fields.putAll(otherwise);
        fields.forEach(form::formParam);
        return form.formParam("contractTypes", "interim").formParam("contractTypes", "permanent");
    }
}
