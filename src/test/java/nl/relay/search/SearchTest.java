package nl.relay.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * Search as a recruiter uses it: Dutch and English word forms, phrases, fields and filters over every post ever
 * written, pages that hold still while posts arrive, highlights that never turn a post into markup, and what a
 * reader may not read never found. Each test uses a word of its own, so the other tests' posts never count.
 */
@QuarkusTest
class SearchTest {

    @Inject
    OutboxWorker outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchPosts searchPosts;

    private static String word() {
        return "zoekterm" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aPostFromAYearAgoIsFoundByAnotherWordFormOfWhatWasWritten() throws SQLException {
        Person author = People.recruiter();
        String word = word();
        long old = oldPost(author, "Vorig jaar: drie kandidaten voor de vacatures bij de gemeente " + word + ".");
        Person reader = People.employee();
        // Posts from before search was there are indexed in the background.
        Wait.until(() -> ids(reader, "q=kandidaat vacature " + word).contains(old));
        assertEquals(List.of(old), ids(reader, "q=" + word + " gemeenten kandidaat"));
        assertEquals(List.of(), ids(reader, "q=" + word + " kandidaatstelling"), "whole words only");
    }

    @Test
    void dutchAndEnglishWordFormsCaseAndAccentsDoNotMatter() {
        Person author = People.employee();
        String word = word();
        long dutch = Posts.publish(author, "De Financiële Administratie zoekt COÖRDINATOREN " + word);
        long english = Posts.publish(author, "Two senior developers and a coordinator " + word);
        outbox.drain();
        Person reader = People.employee();
        assertEquals(List.of(dutch), ids(reader, "q=financiele " + word));
        assertEquals(List.of(dutch), ids(reader, "q=financieel " + word));
        assertEquals(List.of(english, dutch), ids(reader, "q=coördinator " + word));
        assertEquals(List.of(english), ids(reader, "q=developer " + word));
        assertEquals(List.of(english), ids(reader, "q=Developers " + word));
    }

    @Test
    void phrasesOperatorsAndFieldsMeanWhatTheyMeanInAlerts() {
        Person author = People.recruiter();
        String word = word();
        long board = Posts.publish(author, "De raad van bestuur van ING kiest " + word, Map.of("kind", "question"));
        long advice = Posts.publish(author, "Goede raad. Van bestuur weet hij niets " + word);
        long vacancy = Posts.publish(author, "Vacature Java developer Utrecht " + word, Map.of("kind", "vacancy"));
        outbox.drain();
        Person reader = People.employee();
        assertEquals(List.of(board), ids(reader, "q=\"raad van bestuur\" " + word));
        assertEquals(List.of(vacancy, advice), ids(reader, "q=" + word + " -ING"));
        assertEquals(List.of(vacancy, board), ids(reader, "q=" + word + " (kind:vacature OR kind:vraag)"));
        assertEquals(List.of(vacancy), ids(reader, "q=" + word + " kind:vacancy"));
        assertEquals(List.of(advice, board), ids(reader, "q=" + word + " NOT java"));
        assertEquals(List.of(vacancy, advice, board), ids(reader, "q=" + word + " author:" + author.username()));
        assertEquals(List.of(vacancy, board), ids(reader, "q=" + word + " (utrecht OR ing)"));
    }

    @Test
    void filtersAndDatesNarrowTheSearch() throws SQLException {
        Person author = People.employee();
        Person other = People.employee();
        String word = word();
        long question = Posts.publish(author, "Wie kent een goede planner? " + word, Map.of("kind", "question"));
        long note = Posts.publish(other, "Planners gezocht " + word);
        long old = oldPost(author, "Planner uit het archief " + word);
        outbox.drain();
        Person reader = People.employee();
        Wait.until(() -> ids(reader, "q=" + word).contains(old));
        assertEquals(List.of(question), ids(reader, "q=planner " + word + "&kind=question"));
        assertEquals(List.of(note), ids(reader, "q=planner " + word + "&author=" + other.username()));
        assertEquals(List.of(note, question), ids(reader, "q=" + word + "&from=" + java.time.LocalDate.now()
                .minusDays(1)));
        assertEquals(List.of(old), ids(reader, "q=" + word + "&to=" + java.time.LocalDate.now().minusDays(30)));
        Api.as(reader).get("/api/search?kind=question&author=" + author.username()).then().statusCode(200)
                .body("items.post.id", hasItem((int) question));
    }

    @Test
    void highlightsMarkTheWordFormsFoundAndEscapeEverythingElse() {
        Person author = People.employee();
        String word = word();
        Posts.publish(author, "<script>alert('x')</script> Twee Kandidaten & één vacature " + word);
        outbox.drain();
        JsonPath found = Api.as(People.employee()).get("/api/search?q=kandidaat " + word).then().statusCode(200)
                .extract().jsonPath();
        String highlight = found.getString("items[0].highlights[0]");
        assertTrue(highlight.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), highlight);
        assertTrue(highlight.contains("<mark>Kandidaten</mark>"), highlight);
        assertTrue(highlight.contains("&amp; één vacature <mark>" + word + "</mark>"), highlight);
        assertEquals(2, highlight.split("<mark>").length - 1, highlight);
    }

    @Test
    void pagesHoldStillWhilePostsArrive() {
        Person author = People.employee();
        String word = word();
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(0, Posts.publish(author, "Bericht " + i + " over " + word));
        }
        outbox.drain();
        Person reader = People.employee();
        for (String sort : List.of("newest", "relevance")) {
            JsonPath first = page(reader, "q=" + word + "&sort=" + sort + "&limit=2");
            assertEquals(written.size(), first.getInt("total"));
            List<Long> seen = new ArrayList<>(first.getList("items.post.id", Long.class));
            String cursor = first.getString("next");
            Posts.publish(author, "Nieuw bericht over " + word);
            outbox.drain();
            while (cursor != null) {
                JsonPath next = page(reader, "q=" + word + "&sort=" + sort + "&limit=2&cursor=" + cursor);
                seen.addAll(next.getList("items.post.id", Long.class));
                cursor = next.getString("next");
            }
            assertEquals(new HashSet<>(written), new HashSet<>(seen), sort);
            assertEquals(written.size(), seen.size(), sort);
            written.add(0, ids(reader, "q=nieuw " + word).getFirst());
        }
    }

    @Test
    void aPageIsFilledFromWindowsGoingBackInTime() {
        Person author = People.employee();
        String word = word();
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            written.add(0, Posts.publish(author, "Oud bericht " + i + " over " + word));
            for (int j = 0; j < 6; j++) {
                Posts.publish(author, "Ander nieuws " + i + "." + j);
            }
        }
        outbox.drain();
        Person reader = People.employee();
        searchPosts.useFirstWindow(2);
        try {
            JsonPath first = page(reader, "q=" + word + "&limit=3");
            assertEquals(written.subList(0, 3), first.getList("items.post.id", Long.class));
            JsonPath second = page(reader, "q=" + word + "&limit=3&cursor=" + first.getString("next"));
            assertEquals(written.subList(3, 4), second.getList("items.post.id", Long.class));
            assertEquals(null, second.getString("next"));
            assertEquals(written, ids(reader, "q=" + word));
            assertEquals(4, page(reader, "q=" + word + "&limit=10").getInt("total"), "the whole archive was read");
        } finally {
            searchPosts.useFirstWindow(SearchPosts.FIRST_WINDOW);
        }
    }

    @Test
    void relevancePutsThePostAboutItFirst() {
        Person author = People.employee();
        String word = word();
        long about = Posts.publish(author, word + " " + word + " en nog eens " + word + ": daar gaat het om");
        long mentions = Posts.publish(author, "Lange notitie over van alles en nog wat, ook " + word
                + ", maar vooral over de planning van volgende week en de borrel");
        outbox.drain();
        Person reader = People.employee();
        assertEquals(List.of(mentions, about), ids(reader, "q=" + word));
        assertEquals(List.of(about, mentions), ids(reader, "q=" + word + "&sort=relevance"));
    }

    @Test
    void anEditIsFoundByItsNewTextAndARemovedPostIsGoneAtOnce() {
        Person author = People.employee();
        String before = word();
        String after = word();
        long post = Posts.publish(author, "Eerste versie " + before);
        outbox.drain();
        Person reader = People.employee();
        assertEquals(List.of(post), ids(reader, "q=" + before));
        Api.as(author).body(Map.of("body", "Tweede versie " + after)).patch("/api/posts/" + post).then()
                .statusCode(200);
        Wait.until(() -> ids(reader, "q=" + after).equals(List.of(post)));
        assertEquals(List.of(), ids(reader, "q=" + before));
        Api.as(author).delete("/api/posts/" + post).then().statusCode(204);
        assertEquals(List.of(), ids(reader, "q=" + after));
        Api.as(reader).get("/api/search/counts?q=" + after).then().statusCode(200).body("counted",
                org.hamcrest.Matchers.is(0));
    }

    @Test
    void renamingAGroupOrGivingAClientAnAliasFindsTheirEarlierPostsByTheNewName() {
        Person recruiter = People.recruiter();
        String word = word();
        long client = ((Number) Api.as(recruiter).body(Map.of("name", "Klant " + word, "aliases", List.of(),
                "sectorCode", "retail")).post("/api/clients").then().statusCode(201).extract().path("id"))
                .longValue();
        long group = Groups.create(recruiter, "Team " + word, "public");
        long aboutClient = Posts.publish(recruiter, "Gesprek gehad", Map.of("clientId", client));
        long inGroup = Posts.publish(recruiter, "Overleg ingepland", Map.of("groupId", group));
        outbox.drain();
        Person reader = People.employee();
        String alias = "alias" + word;
        String renamed = "hernoemd" + word;
        Api.as(recruiter).body(Map.of("aliases", List.of(alias))).patch("/api/clients/" + client).then()
                .statusCode(200);
        Api.as(recruiter).body(Map.of("name", "Team " + renamed)).patch("/api/groups/" + group).then()
                .statusCode(200);
        Wait.until(() -> ids(reader, "q=client:" + alias).equals(List.of(aboutClient))
                && ids(reader, "q=group:" + renamed).equals(List.of(inGroup)));
        assertEquals(List.of(aboutClient), ids(reader, "q=" + alias), "a client's names are words of its posts");
    }

    @Test
    void privateGroupPostsAreFoundOnlyByMembersFromTheirNextQuery() {
        Person owner = People.employee();
        Person outsider = People.employee();
        String word = word();
        long group = Groups.create(owner, "Vertrouwelijk " + word, "private");
        long secret = Posts.publish(owner, "Reorganisatie bij de klant " + word, Map.of("groupId", group));
        outbox.drain();
        assertEquals(List.of(secret), ids(owner, "q=" + word));
        assertEquals(List.of(), ids(outsider, "q=" + word));
        Api.as(outsider).get("/api/search?q=" + word).then().body("total", org.hamcrest.Matchers.is(0));
        Api.as(outsider).get("/api/search/counts?q=" + word).then().body("counted", org.hamcrest.Matchers.is(0))
                .body("facets.group", org.hamcrest.Matchers.empty());
        Api.as(outsider).get("/api/search/suggest?q=vertrouwelijk " + word).then().statusCode(200)
                .body("groups", org.hamcrest.Matchers.empty());
        Groups.add(owner, group, outsider);
        assertEquals(List.of(secret), ids(outsider, "q=" + word));
        Api.as(outsider).get("/api/search/suggest?q=vertrouwelijk " + word).then()
                .body("groups.name", hasItem("Vertrouwelijk " + word));
        Groups.remove(owner, group, outsider);
        assertEquals(List.of(), ids(outsider, "q=" + word));
    }

    @Test
    void suggestionsOfferPeopleTopicsClientsByAliasAndGroups() {
        String word = word();
        Person recruiter = People.recruiter();
        String sanne = People.uniqueUsername();
        Api.as(People.adminToken()).body(Map.of("username", sanne, "displayName", "Sanne " + word + " de Vries",
                "email", sanne + "@example.nl", "password", "correct horse " + sanne, "roles", List.of("employee")))
                .post("/api/accounts").then().statusCode(201);
        Api.as(recruiter).body(Map.of("name", "Koninklijke " + word + " Bouw", "aliases", List.of("KB" + word),
                "sectorCode", "construction")).post("/api/clients").then().statusCode(201);
        Posts.publish(recruiter, "Nieuws over #" + word + "bouw");
        Person owner = People.employee();
        Groups.create(owner, word + " geheim", "private");
        Person reader = People.employee();
        JsonPath offered = Api.as(reader).get("/api/search/suggest?q=" + word.toUpperCase()).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(sanne), offered.getList("people.username"));
        assertEquals(List.of(word + "bouw"), offered.getList("topics"));
        assertEquals(List.of("Koninklijke " + word + " Bouw"), offered.getList("clients.name"));
        assertEquals(List.of(), offered.getList("groups"));
        Api.as(reader).get("/api/search/suggest?q=kb" + word).then().body("clients.name",
                hasItem("Koninklijke " + word + " Bouw"));
        Api.as(reader).get("/api/search/suggest?q=").then().statusCode(200).body("people",
                org.hamcrest.Matchers.empty());
    }

    @Test
    void aSearchHasAPrivateFeedWhoseTokenCanBeRenewed() {
        Person reader = People.employee();
        String word = word();
        long post = Posts.publish(People.employee(), "Feed <b>vet</b> " + word);
        outbox.drain();
        String url = Api.as(reader).get("/api/search/feed?q=" + word).then().statusCode(200).extract().path("url");
        String path = url.substring(url.indexOf("/feeds/"));
        io.restassured.RestAssured.given().get(path).then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("/posts/" + post)).body(containsString("Feed &lt;b&gt;vet&lt;/b&gt;"));
        Api.as(reader).post("/api/search/feed/renew?q=" + word).then().statusCode(200);
        io.restassured.RestAssured.given().get(path).then().statusCode(404);
        io.restassured.RestAssured.given().get("/feeds/search.atom?q=" + word).then().statusCode(404);
    }

    @Test
    void badInputIsAClearProblemNeverAServerError() {
        Person reader = People.employee();
        assertProblem(reader, "q=", 422, "q");
        assertProblem(reader, "q=" + "woord ".repeat(2000), 422, "q");
        assertProblem(reader, "q=" + "(".repeat(400) + "a" + ")".repeat(400), 200, null);
        assertProblem(reader, "q=" + "(".repeat(600) + "a" + ")".repeat(600), 422, "q");
        assertProblem(reader, "q=salaris:hoog", 422, "q");
        assertProblem(reader, "q=reorganisatie AND", 422, "q");
        assertProblem(reader, "q=java*", 422, "q");
        assertProblem(reader, "q=-alleen", 422, "q");
        assertProblem(reader, "q=a&from=2026-13-45", 422, "from");
        assertProblem(reader, "q=a&to=gisteren", 422, "to");
        assertProblem(reader, "q=a&from=2026-05-02&to=2026-05-01", 422, "to");
        assertProblem(reader, "q=a&sort=populair", 422, "sort");
        assertProblem(reader, "q=a&kind=memo", 422, "kind");
        assertProblem(reader, "q=a&client=abc", 422, "client");
        assertProblem(reader, "q=a&limit=1000", 422, "limit");
        assertProblem(reader, "q=a&cursor=bm9uc2Vuc2U", 400, null);
        assertProblem(reader, "q=a&sort=relevance&cursor=" + page(reader, "q=a&limit=1").getString("next"), 400,
                null);
        Api.as(reader).queryParam("q", "a AND").get("/api/search").then().body("errors[0].position",
                org.hamcrest.Matchers.is(6));
        Api.as(reader).get("/api/search/suggest?q=" + "x".repeat(200)).then().statusCode(422);
        Api.anonymous().get("/api/search?q=a").then().statusCode(401);
        Api.anonymous().get("/api/search/suggest?q=a").then().statusCode(401);
    }

    private static void assertProblem(Person reader, String query, int status, String field) {
        var response = Api.as(reader).get("/api/search?" + query);
        assertEquals(status, response.statusCode(), query + ": " + response.asString());
        if (field != null) {
            assertThat(response.asString(), containsString("\"field\":\"" + field + "\""));
        }
    }

    private static void assertThat(String actual, org.hamcrest.Matcher<String> matcher) {
        org.hamcrest.MatcherAssert.assertThat(actual, matcher);
    }

    private static JsonPath page(Person reader, String query) {
        return Api.as(reader).get("/api/search?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** Every post found, newest first (or in the order asked), through all pages. */
    static List<Long> ids(Person reader, String query) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(reader, query + "&limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            ids.addAll(page.getList("items.post.id", Long.class));
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }

    /** A post as written before search existed: created a year ago, without search terms. */
    private long oldPost(Person author, String body) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("insert into post (id, author_id, body, thread_id,"
                        + " created_at) select nextval('post_id_seq'), a.id, ?, currval('post_id_seq'),"
                        + " now() - interval '1 year' from account a where a.username = ? returning id")) {
            statement.setString(1, body);
            statement.setString(2, author.username());
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
