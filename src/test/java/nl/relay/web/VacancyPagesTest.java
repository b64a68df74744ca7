package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;

/**
 * The vacancy pages without JavaScript: the board with its filters, the form with each refusal at its field, the
 * vacancy with its status, proposal and referral forms, and what employees may not see or do.
 */
@QuarkusTest
class VacancyPagesTest {

    @Test
    void aRecruiterPostsAVacancyThroughTheFormAndFindsItOnTheBoard() {
        Person recruiter = People.recruiter();
        long client = Vacancies.client(recruiter, "Gemeente Den Haag");
        String cookie = cookie(recruiter);
        page(cookie).get("/vacancies").then().statusCode(200).body(containsString("href=\"/vacancies/new\""))
                .body(containsString("<optgroup label=\"Provincies\">"));
        page(cookie).get("/vacancies/new").then().statusCode(200).body(containsString("data-client-picker"))
                .body(containsString("<option value=\"secondment\" >Detachering</option>"));

        String refused = form(cookie).formParam("clientId", client).formParam("title", "")
                .formParam("description", "Beleidsmedewerker sociaal domein").formParam("skills", "beleid, !!")
                .formParam("region", "den-haag").formParam("hoursPerWeek", "veel").formParam("contractType", "interim")
                .post("/vacancies").then().statusCode(422).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(refused.contains("data-testid=\"title-error\"")
                && refused.contains("data-testid=\"hoursPerWeek-error\"")
                && refused.contains("Beleidsmedewerker sociaal"
                        + " domein")
                && refused.contains("Geef een titel van 1 tot 120 tekens"), refused);

        String location = form(cookie).formParam("clientId", client).formParam("title", "Beleidsmedewerker Wmo")
                .formParam("description", "Je schrijft beleid voor de Wmo en werkt samen met de wijkteams.")
                .formParam("skills", "beleid, wmo").formParam("region", "den-haag").formParam("hoursPerWeek", "36")
                .formParam("contractType", "secondment").formParam("rate", "").formParam("groupId", "")
                .post("/vacancies").then().statusCode(303).header("Location", matchesPattern(".*/vacancies/\\d+"))
                .extract().header("Location");
        String path = location.substring(location.indexOf("/vacancies/"));
        page(cookie).get(path).then().statusCode(200).body(containsString("<h1>Beleidsmedewerker Wmo</h1>"))
                .body(containsString("Detachering")).body(containsString("data-testid=\"propose-form\""))
                .body(containsString("data-testid=\"status-form\"")).body(containsString(path + "/matches"));
        page(cookie).queryParam("skill", "wmo").queryParam("region", "zuid-holland").get("/vacancies").then()
                .statusCode(200).body(containsString("href=\"" + path + "\""));
        page(cookie).queryParam("region", "atlantis").get("/vacancies").then().statusCode(422)
                .body(containsString("Kies een regio uit de lijst."));

        form(cookie).formParam("status", "on-hold").post(path + "/status").then().statusCode(303)
                .header("Location", endsWith(path + "?done=status"));
        Api.as(recruiter).get("/api" + path).then().body("status", equalTo("on-hold"));
        form(cookie).formParam("status", "filled").post(path + "/status").then().statusCode(303);
        form(cookie).formParam("status", "open").post(path + "/status").then().statusCode(409)
                .body(containsString("De status kon niet veranderen"));
    }

    @Test
    void theBoardOffersNoClientWhoseOnlyVacancyIsInAPrivateGroupTheReaderIsNotIn() {
        Person member = People.recruiter();
        Person outsider = People.recruiter();
        long client = Vacancies.client(member, "Aa Bouwgroep");
        String name = Api.as(member).get("/api/clients/" + client).then().extract().path("name");
        Vacancies.post(member, client, Map.of("groupId", Groups.create(member, "private")));
        String option = "<option value=\"" + client + "\" >" + name + "</option>";

        page(cookie(member)).get("/vacancies").then().statusCode(200).body(containsString(option));
        page(cookie(outsider)).get("/vacancies").then().statusCode(200).body(not(containsString(name)));

        Vacancies.post(outsider, client, Map.of());
        page(cookie(outsider)).get("/vacancies").then().statusCode(200).body(containsString(option));
    }

    @Test
    void employeesSeeNoProposalsCannotPostAndReferSomeoneTheOwnerThenSees() {
        Person owner = People.recruiter();
        Person employee = People.named("Henk Visser");
        long candidate = Candidates.offer(owner, Map.of());
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Eneco"), Map.of());
        Api.as(owner).body(Map.of("candidateId", candidate)).post("/api/vacancies/" + vacancy + "/proposals").then()
                .statusCode(201);
        String cookie = cookie(employee);
        page(cookie).get("/vacancies").then().statusCode(200).body(not(containsString("href=\"/vacancies/new\"")));
        page(cookie).get("/vacancies/new").then().statusCode(403);
        form(cookie).formParam("title", "Iets").post("/vacancies").then().statusCode(403);
        page(cookie).get("/vacancies/" + vacancy).then().statusCode(200)
                .body(not(containsString("data-testid=\"proposals\"")))
                .body(not(containsString("Ervaren Java-ontwikkelaar"))).body(containsString("Ken je iemand?"))
                .body(not(containsString("data-testid=\"status-form\"")));
        form(cookie).formParam("candidateId", candidate).post("/vacancies/" + vacancy + "/proposals").then()
                .statusCode(403);
        form(cookie).formParam("status", "closed").post("/vacancies/" + vacancy + "/status").then().statusCode(403);

        form(cookie).formParam("name", "").formParam("email", "geen adres").formParam("note", "Sterke planner")
                .post("/vacancies/" + vacancy + "/referrals").then().statusCode(422)
                .body(containsString("data-testid=\"name-error\"")).body(containsString("data-testid=\"email-error\""))
                .body(containsString("Sterke planner"));
        form(cookie).formParam("name", "Marloes Kuipers").formParam("email", "marloes@voorbeeld.nl")
                .formParam("note", "Sterke planner, zoekt iets nieuws").post("/vacancies/" + vacancy + "/referrals")
                .then().statusCode(303).header("Location", endsWith("/vacancies/" + vacancy + "?done=referred"));
        page(cookie(owner)).get("/vacancies/" + vacancy).then().body(containsString("Marloes Kuipers"))
                .body(containsString("voorgedragen door Henk Visser"))
                .body(containsString("Ervaren Java-ontwikkelaar"));
        page(cookie(People.employee())).get("/vacancies/" + vacancy).then().body(not(containsString("Marloes")));
        page(cookie).get("/vacancies/999999999").then().statusCode(404);
    }

    @Test
    void aSecondProposalToTheClientIsRefusedAtTheFormNamingWhoAndWhen() {
        Person first = People.named("Pieter Jansen", "recruiter");
        Person second = People.recruiter();
        long candidate = Candidates.offer(first, Map.of());
        long client = Vacancies.client(first, "Albert Heijn");
        long one = Vacancies.post(first, client, Map.of());
        long two = Vacancies.post(second, client, Map.of());
        form(cookie(first)).formParam("candidateId", candidate).post("/vacancies/" + one + "/proposals").then()
                .statusCode(303);
        Candidates.grant(first, candidate, second);
        String cookie = cookie(second);
        page(cookie).queryParam("candidate", candidate).get("/vacancies/" + two + "/propose").then().statusCode(200)
                .body(containsString("<option value=\"" + candidate + "\" selected>"));
        form(cookie).formParam("candidateId", candidate).post("/vacancies/" + two + "/proposals").then()
                .statusCode(409).body(containsString("data-testid=\"propose-refused\""))
                .body(matchesPattern("(?s).*Pieter Jansen stelde deze kandidaat op \\d{1,2} \\w+ \\d{4} al voor aan "
                        + "Albert Heijn \\d+\\..*"));
    }

    @Test
    void candidateAndVacancyPagesLinkTheClientAndShowWhatFitsBest() {
        Person recruiter = People.recruiter();
        long n = Candidates.unique();
        String skill = "cobol" + n;
        long client = Vacancies.client(recruiter, "Pensioenfonds Zorg en Welzijn");
        long vacancy = Vacancies.post(recruiter, client, Map.of("title", "COBOL-ontwikkelaar pensioenadministratie",
                "skills", java.util.List.of(skill, "db2")));
        long candidate = Candidates.offer(People.recruiter(), Map.of("title", "Mainframe-ontwikkelaar met COBOL",
                "skills", java.util.List.of(skill), "clientId", client));
        String cookie = cookie(recruiter);
        page(cookie).get("/candidates/" + candidate).then().statusCode(200)
                .body(containsString("href=\"/clients/" + client + "\" data-testid=\"candidate-client\""))
                .body(containsString("data-testid=\"best-matches\""))
                .body(containsString("href=\"/vacancies/" + vacancy + "\">COBOL-ontwikkelaar pensioenadministratie"));
        page(cookie).get("/vacancies/" + vacancy).then().statusCode(200)
                .body(containsString("href=\"/clients/" + client + "\" data-testid=\"vacancy-client\""))
                .body(containsString("data-testid=\"best-matches\""))
                .body(containsString("href=\"/candidates/" + candidate + "\">Mainframe-ontwikkelaar met COBOL"))
                .body(containsString("/vacancies/" + vacancy + "/propose?candidate=" + candidate));
        String employee = cookie(People.employee());
        page(employee).get("/vacancies/" + vacancy).then().statusCode(200)
                .body(containsString("href=\"/clients/" + client + "\""))
                .body(not(containsString("data-testid=\"best-matches\"")))
                .body(not(containsString("Mainframe-ontwikkelaar"))).body(not(containsString("/matches\"")));
    }
}
