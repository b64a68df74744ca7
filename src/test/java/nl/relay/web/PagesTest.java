package nl.relay.web;

import static io.restassured.RestAssured.given;
import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/** The pages behind the navigation: they render, link topics and mentions, and act through forms. */
@QuarkusTest
class PagesTest {

    @Inject
    OutboxWorker outbox;

    @Test
    void everyPageRendersForASignedInPerson() {
        Person me = People.employee();
        Person colleague = People.recruiter();
        String topic = "arbeidsmarkt" + System.nanoTime() % 100000;
        long id = Posts.publish(colleague, "Nieuws over de #" + topic + ", vraag @" + me.username()
                + " of kijk op https://example.nl/vacatures?regio=utrecht", Map.of("kind", "vacancy"));
        String cookie = cookie(me);
        for (String path : new String[]{"/", "/all", "/all?kind=vacancy", "/posts/" + id, "/topics/" + topic,
                "/people", "/people?q=" + colleague.username(), "/people/" + colleague.username()}) {
            page(cookie).get(path).then().statusCode(200).body(containsString("data-testid=\"nav\""));
        }
        page(cookie).get("/posts/" + id).then()
                .body(containsString("href=\"/topics/" + topic + "\""))
                .body(containsString("href=\"/people/" + me.username() + "\""))
                .body(containsString("href=\"https://example.nl/vacatures?regio=utrecht\""))
                .body(containsString("kind-vacancy"))
                .body(containsString("<span class=\"badge\">Vacature</span>"));
        page(cookie).get("/all?kind=question").then().body(not(containsString("data-post-id=\"" + id + "\"")));
    }

    @Test
    void signedOutPagesLeadToSignIn() {
        for (String path : new String[]{"/all", "/people", "/posts/1", "/topics/zorg", "/people/admin"}) {
            given().redirects().follow(false).get(path).then().statusCode(303)
                    .header("Location", containsString("/login"));
        }
    }

    @Test
    void unknownThingsAreNotFoundPages() {
        String cookie = cookie(People.employee());
        page(cookie).get("/posts/999999999").then().statusCode(404).body(containsString("Niet gevonden"));
        page(cookie).get("/posts/abc").then().statusCode(404);
        page(cookie).get("/people/niemand-hier").then().statusCode(404);
        page(cookie).get("/topics/%2B%2B").then().statusCode(404);
    }

    @Test
    void followingAndReplyingWorkThroughForms() {
        Person me = People.employee();
        Person colleague = People.employee();
        String cookie = cookie(me);
        form(cookie).formParam("follow", "true").post("/people/" + colleague.username() + "/follow").then()
                .statusCode(303);
        Api.as(me).get("/api/me/follows").then().body(containsString(colleague.username()));
        page(cookie).get("/people/" + colleague.username()).then().body(containsString("Ontvolgen"));
        long root = Posts.publish(colleague, "Wie kent een goede verpleegkundige?");
        form(cookie).formParam("body", "Ik ken er een! <b>echt</b>").post("/posts/" + root + "/replies").then()
                .statusCode(303);
        page(cookie).get("/posts/" + root).then().body(containsString("Ik ken er een! &lt;b&gt;echt&lt;/b&gt;"));
        form(cookie).formParam("body", "  ").post("/posts/" + root + "/replies").then().statusCode(422);
        form(cookie).formParam("follow", "true").post("/topics/zorg/follow").then().statusCode(303);
        page(cookie).get("/topics/zorg").then().body(containsString("Ontvolgen"));
        form(cookie).formParam("follow", "false").post("/topics/zorg/follow").then().statusCode(303);
        page(cookie).get("/topics/zorg").then().body(containsString("Volgen"));
    }

    @Test
    void settingsChangeThePassword() {
        Person me = People.employee();
        String cookie = cookie(me);
        page(cookie).get("/settings").then().statusCode(200).body(containsString("name=\"currentPassword\""));
        form(cookie).formParam("currentPassword", "fout wachtwoord").formParam("newPassword", "een nieuw wachtwoord")
                .post("/settings/password").then().statusCode(422);
        form(cookie).formParam("currentPassword", me.password()).formParam("newPassword", "een nieuw wachtwoord")
                .post("/settings/password").then().statusCode(200).body(containsString("Je wachtwoord is gewijzigd."));
        People.signIn(me.username(), "een nieuw wachtwoord");
    }

    @Test
    void onlyAdminsManageAccountsOnTheAccountsScreen() {
        page(cookie(People.employee())).get("/admin/accounts").then().statusCode(403)
                .body(containsString("Je mag dit niet doen."));
        Person admin = People.admin();
        String cookie = cookie(admin);
        page(cookie).get("/admin/accounts?q=" + admin.username()).then().statusCode(200)
                .body(containsString("data-testid=\"accounts\"")).body(containsString(admin.username()));
        String username = People.uniqueUsername();
        form(cookie).formParam("username", username).formParam("displayName", "Nieuwe Collega")
                .formParam("email", "nieuw@example.nl").formParam("password", "een lang wachtwoord")
                .formParam("roles", "employee").formParam("roles", "recruiter")
                .post("/admin/accounts").then().statusCode(303);
        Api.as(admin).get("/api/accounts/" + username).then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.containsInAnyOrder("employee", "recruiter"));
        form(cookie).formParam("username", "x").formParam("displayName", "").formParam("email", "geen-mail")
                .formParam("password", "kort").post("/admin/accounts").then().statusCode(422);
        form(cookie).formParam("active", "false").post("/admin/accounts/" + username).then().statusCode(303);
        Api.as(admin).get("/api/accounts/" + username).then().body("active", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void recruitersAddClientsOnTheClientsScreen() {
        Person recruiter = People.recruiter();
        String cookie = cookie(recruiter);
        String name = "Zorggroep Ätiquette " + System.nanoTime();
        form(cookie).formParam("name", name).formParam("aliases", "ZGA, Zorg Groep")
                .formParam("sectorCode", "healthcare")
                .post("/clients").then().statusCode(303);
        page(cookie).get("/clients?q=zorggroep atiquette").then().statusCode(200).body(containsString(name))
                .body(containsString("ZGA, Zorg Groep")).body(containsString("Zorg en welzijn"));
        form(cookie).formParam("name", name).formParam("sectorCode", "healthcare").post("/clients").then()
                .statusCode(409);
        long clientId = ((Number) Api.as(recruiter).queryParam("q", name).get("/api/clients").then()
                .extract().path("items[0].id")).longValue();
        long about = Posts.publish(recruiter, "Reorganisatie op komst", Map.of("clientId", clientId, "kind", "signal",
                "signalType", "reorganisation"));
        long other = Posts.publish(recruiter, "Iets anders");
        page(cookie).get("/all?client=" + clientId).then().body(containsString("data-post-id=\"" + about + "\""))
                .body(not(containsString("data-post-id=\"" + other + "\"")));
        page(cookie).get("/all?sector=healthcare").then().body(containsString("data-post-id=\"" + about + "\""));
        page(cookie).get("/all?sector=ruimtevaart&client=abc&kind=memo").then().statusCode(200);
        String employee = cookie(People.employee());
        page(employee).get("/clients").then().statusCode(200).body(not(containsString("new-client-form")));
        form(employee).formParam("name", "Mag niet").formParam("sectorCode", "ict").post("/clients").then()
                .statusCode(403);
    }

    @Test
    void adminsChangeRolesOnTheAccountsScreen() {
        Person admin = People.admin();
        Person colleague = People.employee();
        String cookie = cookie(admin);
        form(cookie).formParam("roles", "employee").formParam("roles", "recruiter")
                .post("/admin/accounts/" + colleague.username() + "/roles").then().statusCode(303);
        Api.as(admin).get("/api/accounts/" + colleague.username()).then()
                .body("roles", org.hamcrest.Matchers.containsInAnyOrder("employee", "recruiter"));
        String screen = page(cookie).get("/admin/accounts?q=" + colleague.username()).then().extract().asString();
        String row = screen.substring(screen.indexOf("action=\"/admin/accounts/" + colleague.username() + "/roles\""));
        row = row.substring(0, row.indexOf("</form>"));
        org.junit.jupiter.api.Assertions.assertTrue(row.contains("value=\"employee\" checked"), row);
        org.junit.jupiter.api.Assertions.assertTrue(row.contains("value=\"recruiter\" checked"), row);
        org.junit.jupiter.api.Assertions.assertFalse(row.contains("value=\"admin\" checked"), row);
        form(cookie).post("/admin/accounts/" + colleague.username() + "/roles").then().statusCode(422);
        form(cookie).formParam("roles", "koning").post("/admin/accounts/" + colleague.username() + "/roles").then()
                .statusCode(422);
        form(cookie).formParam("roles", "admin").post("/admin/accounts/niemand-" + System.nanoTime() + "/roles")
                .then().statusCode(404);
        form(cookie(colleague)).formParam("roles", "admin").post("/admin/accounts/" + colleague.username() + "/roles")
                .then().statusCode(403);
        Api.as(admin).get("/api/accounts/" + colleague.username()).then()
                .body("roles", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("admin")));
    }

    @Test
    void theAccountDirectoriesPageByUsernameAndKeepTheSearch() {
        String cookie = cookie(People.admin());
        String first = page(cookie).get("/admin/accounts?q=user").then().statusCode(200).extract().asString();
        for (int created = 0; !first.contains("data-testid=\"more-people\"") && created <= 100; created++) {
            People.withRoles("employee");
            first = page(cookie).get("/admin/accounts?q=user").then().extract().asString();
        }
        java.util.regex.Matcher next = java.util.regex.Pattern
                .compile("href=\"(/admin/accounts\\?q=user&amp;after=[^\"]+)\" data-testid=\"more-people\"")
                .matcher(first);
        org.junit.jupiter.api.Assertions.assertTrue(next.find(), "a link to the next accounts, keeping the search");
        List<String> shown = usernames(first, "/admin/accounts/");
        org.junit.jupiter.api.Assertions.assertEquals(100, shown.size());
        String second = page(cookie).get(next.group(1).replace("&amp;", "&")).then().statusCode(200).extract()
                .asString();
        List<String> following = usernames(second, "/admin/accounts/");
        org.junit.jupiter.api.Assertions.assertFalse(following.isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(following.stream().noneMatch(shown::contains),
                "the next screen starts after the last one shown");
        // The directory shows active colleagues only: other tests deactivate some, so there may be more to make.
        String employee = cookie(People.employee());
        String people = page(employee).get("/people?q=user").then().statusCode(200).extract().asString();
        for (int created = 0; !people.contains("data-testid=\"more-people\"") && created <= 100; created++) {
            People.withRoles("employee");
            people = page(employee).get("/people?q=user").then().extract().asString();
        }
        org.junit.jupiter.api.Assertions.assertTrue(people.contains("href=\"/people?q=user&amp;after="), people);
    }

    private static List<String> usernames(String screen, String prefix) {
        java.util.regex.Matcher forms = java.util.regex.Pattern
                .compile("action=\"" + java.util.regex.Pattern.quote(prefix) + "([^\"/]+)/roles\"").matcher(screen);
        List<String> found = new java.util.ArrayList<>();
        while (forms.find()) {
            found.add(forms.group(1));
        }
        return found;
    }

    @Test
    void theClientsScreenListsSectorsWithCountsAndFiltersBySector() {
        Person recruiter = People.recruiter();
        String name = "Bouwbedrijf Österberg " + System.nanoTime();
        Api.as(recruiter).body(Map.of("name", name, "aliases", java.util.List.of(), "sectorCode", "construction"))
                .post("/api/clients").then().statusCode(201);
        String cookie = cookie(recruiter);
        page(cookie).get("/clients").then().statusCode(200).body(containsString("data-testid=\"sectors\""))
                .body(containsString("href=\"/all?sector=construction\""));
        page(cookie).get("/clients?sector=construction").then().body(containsString(name));
        page(cookie).get("/clients?sector=healthcare").then().body(not(containsString(name)));
        page(cookie).get("/clients?sector=ruimtevaart&after=kapot").then().statusCode(200);
        Api.as(recruiter).queryParam("sector", "construction").queryParam("q", name).get("/api/clients").then()
                .statusCode(200).body("items.name", org.hamcrest.Matchers.contains(name));
        Api.as(recruiter).queryParam("sector", "ruimtevaart").get("/api/clients").then().statusCode(422);
    }

    @Test
    void candidatesAndVacanciesAreOfferedOnTheirOwnFormsNotInTheComposer() {
        Person recruiter = People.recruiter();
        String cookie = cookie(recruiter);
        page(cookie).get("/").then().statusCode(200).body(not(containsString("<option value=\"vacancy\"")))
                .body(not(containsString("<option value=\"candidate\"")));
        for (String kind : List.of("vacancy", "candidate")) {
            form(cookie).formParam("body", "Vacature senior controller in Utrecht").formParam("kind", kind)
                    .post("/posts").then().statusCode(422)
                    .body(containsString("data-testid=\"kind-error\""))
                    .body(containsString("heeft een eigen formulier"))
                    .body(containsString("<a href=\"/candidates/new\">"))
                    .body(containsString("<a href=\"/vacancies/new\">"))
                    .body(containsString("Vacature senior controller in Utrecht</textarea>"));
        }
        Api.as(recruiter).queryParam("author", recruiter.username()).get("/api/posts").then()
                .body("items", org.hamcrest.Matchers.empty());
        Person employee = People.employee();
        String theirs = cookie(employee);
        form(theirs).formParam("body", "Vacature via de achterdeur").formParam("kind", "vacancy").post("/posts")
                .then().statusCode(422).body(not(containsString("<a href=\"/candidates/new\">")));
        page(theirs).get("/?kind=vacancy").then().statusCode(200)
                .body(containsString("<option value=\"note\" selected>"));
        Api.as(employee).queryParam("author", employee.username()).get("/api/posts").then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void theComposerTiesAPostToAClientByNameOrAliasAndKeepsARefusedDraft() {
        Person recruiter = People.recruiter();
        String name = "Rabo Test " + System.nanoTime();
        Api.as(recruiter).body(Map.of("name", name, "aliases", java.util.List.of("RT" + System.nanoTime() % 100000),
                "sectorCode", "finance")).post("/api/clients").then().statusCode(201);
        String cookie = cookie(recruiter);
        form(cookie).formParam("body", "Wie kent de nieuwe controller?").formParam("kind", "question")
                .formParam("client", name.toLowerCase()).formParam("sectorCode", "").post("/posts").then()
                .statusCode(303);
        Api.as(recruiter).queryParam("author", recruiter.username()).get("/api/posts").then()
                .body("items[0].client.name", org.hamcrest.Matchers.equalTo(name))
                .body("items[0].kind", org.hamcrest.Matchers.equalTo("question"));
        form(cookie).formParam("body", "Mijn zorgvuldig getypte tekst <b>vet</b>").formParam("kind", "signal")
                .formParam("client", "Bestaat Niet BV").post("/posts").then().statusCode(422)
                .body(containsString("Mijn zorgvuldig getypte tekst &lt;b&gt;vet&lt;/b&gt;</textarea>"))
                .body(containsString("value=\"Bestaat Niet BV\""))
                .body(containsString("Deze naam staat niet in de klantenlijst."))
                .body(containsString("<option value=\"signal\" selected>"));
        form(cookie).formParam("body", "Sector onbekend").formParam("sectorCode", "ruimtevaart").post("/posts")
                .then().statusCode(422);
        form(cookie).formParam("body", "Met een stuurteken in de klant").formParam("client", "Rabo\u0007")
                .post("/posts").then().statusCode(422).body(containsString("Met een stuurteken in de klant"));
        form(cookie).formParam("body", "Geplakt uit een pdf\u000b met een verticale tab").post("/posts").then()
                .statusCode(422).body(containsString("Geplakt uit een pdf met een verticale tab"));
    }

    @Test
    void aRefusedReplyShowsTheReasonInDutchAndKeepsTheText() {
        Person me = People.employee();
        long root = Posts.publish(me, "Wie kent een goede controller?");
        String cookie = cookie(me);
        form(cookie).formParam("body", "Mijn antwoord\u0007 met een bel").post("/posts/" + root + "/replies").then()
                .statusCode(422)
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"reply-error\""))
                .body(containsString("data-testid=\"reply-error\">De tekst mag geen stuurtekens bevatten.</p>"))
                .body(containsString("Mijn antwoord met een bel</textarea>"));
        form(cookie).formParam("body", "x".repeat(5001)).post("/posts/" + root + "/replies").then().statusCode(422)
                .body(containsString("De tekst mag hoogstens 5000 tekens lang zijn."));
        form(cookie).formParam("body", "Bestaat niet").post("/posts/99999999999/replies").then().statusCode(404);
        form(cookie).formParam("body", "€".repeat(5000)).post("/posts/" + root + "/replies").then().statusCode(303);
        form(cookie).formParam("body", "Een lang bericht: " + "ë".repeat(4900)).post("/posts").then().statusCode(303);
    }

    @Test
    void theComposerFindsAClientByAnAliasAndAsksForTheFullNameWhenAnAliasIsShared() {
        Person recruiter = People.recruiter();
        String alias = "ZK" + System.nanoTime() % 1_000_000;
        String first = "Ziekenhuis Noord " + System.nanoTime();
        String second = "Zorgkantoor Oost " + System.nanoTime();
        Api.as(recruiter).body(Map.of("name", first, "aliases", java.util.List.of(alias, "Noord " + alias),
                "sectorCode", "healthcare")).post("/api/clients").then().statusCode(201);
        String cookie = cookie(recruiter);
        form(cookie).formParam("body", "Signaal over het ziekenhuis")
                .formParam("client", "noord " + alias.toLowerCase())
                .post("/posts").then().statusCode(303);
        Api.as(recruiter).queryParam("author", recruiter.username()).get("/api/posts").then()
                .body("items[0].client.name", org.hamcrest.Matchers.equalTo(first));
        Api.as(recruiter).body(Map.of("name", second, "aliases", java.util.List.of(alias), "sectorCode", "healthcare"))
                .post("/api/clients").then().statusCode(201);
        form(cookie).formParam("body", "Welke bedoel ik?").formParam("client", alias).post("/posts").then()
                .statusCode(422).body(containsString(first)).body(containsString(second));
    }

    @Test
    void theClientsScreenPagesOnWithTheSearchKept() {
        Person recruiter = People.recruiter();
        String prefix = "Pagina & Co " + System.nanoTime();
        for (int i = 0; i < 101; i++) {
            Api.as(recruiter).body(Map.of("name", prefix + " " + (1000 + i), "aliases", java.util.List.of(),
                    "sectorCode", "logistics")).post("/api/clients").then().statusCode(201);
        }
        String cookie = cookie(recruiter);
        String first = page(cookie).queryParam("q", prefix).queryParam("sector", "logistics").get("/clients").then()
                .statusCode(200).body(containsString(prefix.replace("&", "&amp;") + " 1099"))
                .body(not(containsString(prefix.replace("&", "&amp;") + " 1100"))).extract().asString();
        var more = java.util.regex.Pattern.compile("href=\"([^\"]+)\" data-testid=\"more\"").matcher(first);
        org.junit.jupiter.api.Assertions.assertTrue(more.find(), "a link to more clients");
        String link = more.group(1).replace("&amp;", "&");
        org.junit.jupiter.api.Assertions.assertTrue(link.contains("q=Pagina+%26+Co+"), link);
        given().redirects().follow(false).cookie("relay_session", cookie).urlEncodingEnabled(false).get(link).then()
                .statusCode(200).body(containsString(prefix.replace("&", "&amp;") + " 1100"))
                .body(not(containsString(prefix.replace("&", "&amp;") + " 1099")))
                .body(not(containsString("data-testid=\"more\"")));
        String tampered = nl.relay.platform.paging.Cursor.of("a", "niet-een-getal").encode();
        page(cookie).get("/clients?after=" + tampered).then().statusCode(200);
        String raw = nl.relay.testing.RawHttp.send("GET /clients?q=a|b%7C{c}^%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "Cookie: relay_session=" + cookie + "\r\nConnection: close\r\n\r\n");
        org.junit.jupiter.api.Assertions.assertTrue(raw.startsWith("HTTP/1.1 200") || raw.startsWith("HTTP/1.1 400"),
                raw.lines().findFirst().orElse(""));
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndOnlyReturnsToThisSite() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("language", "en").formParam("back", "/people?q=an")
                .post("/language").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(
                        "/people?q=an"))
                .cookie("relay_lang", "en");
        for (String elsewhere : new String[]{"//evil.example/", "https://evil.example/", "/\\evil.example",
                "javascript:alert(1)", "/\tx"}) {
            given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .header("Origin", "http://localhost:" + RestAssured.port)
                    .formParam("language", "nl").formParam("back", elsewhere)
                    .post("/language").then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.endsWith("localhost:" + RestAssured.port + "/"));
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port)
                .formParam("language", "fr").post("/language").then().statusCode(422);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").formParam("language", "en").post("/language").then()
                .statusCode(403);
        given().cookie("relay_lang", "en").header("Accept-Language", "nl").get("/login").then()
                .body(containsString("<html lang=\"en\">"));
        given().cookie("relay_lang", "klingon").header("Accept-Language", "nl").get("/login").then()
                .body(containsString("<html lang=\"nl\">"));
    }

    @Test
    void aMalformedOrOversizedFormIsRefusedWithAPageNeverAServerError() {
        Person person = People.employee();
        String signedIn = cookie(person);
        long post = Posts.publish(person, "Een bericht om op te reageren");
        String malformed = "username=%zz&password=%G1&body=%&name=x";
        String manyFields = "body=x" + "&veld=1".repeat(1_001);
        // The forms that read their fields answer a page saying why; none of them, nor any other, a 5xx.
        unsigned().body(malformed).post("/login").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("niet goed gecodeerd")).body(not(containsString("Exception")));
        form(signedIn).accept("text/html").body(malformed).post("/posts").then().statusCode(400)
                .contentType(containsString("text/html"));
        form(signedIn).accept("text/html").body(manyFields).post("/posts").then().statusCode(413)
                .contentType(containsString("text/html")).body(containsString("te veel velden"));
        for (String path : new String[]{"/login", "/logout", "/language", "/posts", "/posts/" + post + "/replies",
                "/settings/password", "/settings/language", "/settings/email", "/groups", "/alerts", "/clients",
                "/notifications/read-all", "/admin/accounts"}) {
            for (String body : new String[]{malformed, manyFields}) {
                unsigned().body(body).post(path).then().statusCode(org.hamcrest.Matchers.lessThan(500));
                form(signedIn).accept("text/html").body(body).post(path).then()
                        .statusCode(org.hamcrest.Matchers.lessThan(500));
            }
        }
    }

    private static io.restassured.specification.RequestSpecification unsigned() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + RestAssured.port).accept("text/html");
    }
}
