package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** The composer on home and on a group's page: the client by id, name or alias, refusals under their field. */
@QuarkusTest
class ComposerPagesTest {

    private static long client(Person recruiter, String name, String... aliases) {
        return ((Number) Api.as(recruiter).body(Map.of("name", name, "aliases", List.of(aliases), "sectorCode",
                "finance")).post("/api/clients").then().statusCode(201).extract().path("id")).longValue();
    }

    private static String unique(String name) {
        return name + " " + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
    }

    @Test
    void aRefusalShowsUnderItsFieldInDutchAndInEnglishNeverAsARawFieldName() {
        String cookie = cookie(People.employee());
        form(cookie).formParam("body", "Over een onbekende klant").formParam("client", "Bestaat Niet BV")
                .post("/posts").then().statusCode(422)
                .body(containsString("<p id=\"client-error\" class=\"error field-error\" data-testid=\"client-error\">"
                        + "Deze naam staat niet in de klantenlijst.</p>"))
                .body(containsString("aria-describedby=\"client-hint client-error\" aria-invalid=\"true\" autofocus"))
                .body(containsString("Over een onbekende klant</textarea>"))
                .body(not(containsString("client:"))).body(not(containsString("Klant:")));
        form(cookie).header("Accept-Language", "en").formParam("body", "About an unknown client")
                .formParam("client", "Bestaat Niet BV").post("/posts").then().statusCode(422)
                .body(containsString("data-testid=\"client-error\">This name is not in the client directory.</p>"))
                .body(not(containsString("client:")));
        form(cookie).formParam("body", " ").formParam("sectorCode", "ruimtevaart").post("/posts").then()
                .statusCode(422).body(containsString("data-testid=\"body-error\">De tekst mag niet leeg zijn.</p>"))
                .body(containsString("aria-describedby=\"composer-hint body-error\" aria-invalid=\"true\" autofocus"));
        form(cookie).header("Accept-Language", "en").formParam("body", "Somewhere").formParam("sectorCode", "mars")
                .post("/posts").then().statusCode(422)
                .body(containsString("data-testid=\"sectorCode-error\">The sector is not a known sector.</p>"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"sectorCode-error\" autofocus"));
    }

    @Test
    void thePickedClientsIdWinsOverTheTypedNameAndAnAliasIsAccepted() {
        Person recruiter = People.recruiter();
        String picked = unique("Gekozen");
        String other = unique("Getypt");
        String alias = "GK" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        long pickedId = client(recruiter, picked, alias);
        client(recruiter, other);
        String cookie = cookie(recruiter);
        form(cookie).formParam("body", "Met een gekozen klant").formParam("client", other)
                .formParam("clientId", String.valueOf(pickedId)).post("/posts").then().statusCode(303);
        Api.as(recruiter).queryParam("author", recruiter.username()).get("/api/posts").then()
                .body("items[0].client.name", equalTo(picked));
        form(cookie).formParam("body", "Met een andere naam").formParam("client", alias.toUpperCase()).post("/posts")
                .then().statusCode(303);
        Api.as(recruiter).queryParam("author", recruiter.username()).get("/api/posts").then()
                .body("items[0].client.name", equalTo(picked)).body("items[0].body", equalTo("Met een andere naam"));
        form(cookie).formParam("body", "Onbekend id").formParam("clientId", "987654321").post("/posts").then()
                .statusCode(422).body(containsString("data-testid=\"client-error\">Deze klant is geen bekende klant."));
    }

    @Test
    void anAliasOfSeveralClientsIsRefusedWithTheCandidates() {
        Person recruiter = People.recruiter();
        String alias = "DUO" + People.uniqueUsername().replaceAll("[^a-z0-9]", "");
        String first = unique("Eerste");
        String second = unique("Tweede");
        client(recruiter, first, alias);
        client(recruiter, second, alias);
        form(cookie(recruiter)).formParam("body", "Welke bedoel ik?").formParam("client", alias).post("/posts").then()
                .statusCode(422)
                .body(containsString("data-testid=\"client-error\">Deze naam hoort bij meerdere klanten ("))
                .body(containsString(first)).body(containsString(second))
                .body(containsString("kies er één of typ de volledige naam."))
                .body(containsString("value=\"" + alias + "\""));
    }

    @Test
    void theGroupsComposerTakesKindClientAndSectorAndKeepsItsGroup() {
        Person owner = People.recruiter();
        long group = Groups.create(owner, "private");
        long elsewhere = Groups.create(owner, "public");
        String name = unique("Groepsklant");
        client(owner, name);
        String cookie = cookie(owner);
        page(cookie).get("/groups/" + group).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"groupId\" value=\"" + group + "\">"))
                .body(containsString("name=\"kind\"")).body(containsString("data-client-picker"))
                .body(containsString("name=\"sectorCode\"")).body(not(containsString("<select id=\"groupId\"")));
        form(cookie).formParam("body", "Vacature in de groep").formParam("kind", "question").formParam("client", name)
                .formParam("sectorCode", "finance").formParam("groupId", String.valueOf(elsewhere))
                .post("/groups/" + group + "/posts").then().statusCode(303)
                .header("Location", containsString("/groups/" + group));
        Api.as(owner).queryParam("author", owner.username()).get("/api/posts").then()
                .body("items[0].body", equalTo("Vacature in de groep"))
                .body("items[0].kind", equalTo("question")).body("items[0].client.name", equalTo(name))
                .body("items[0].sector.code", equalTo("finance"))
                .body("items[0].group.id", equalTo((int) group));
        form(cookie).header("Accept-Language", "en").formParam("body", "Kept in the group")
                .formParam("client", "Nobody Ltd").post("/groups/" + group + "/posts").then().statusCode(422)
                .body(containsString("data-testid=\"client-error\">This name is not in the client directory.</p>"))
                .body(containsString("Kept in the group</textarea>"));
    }
}
