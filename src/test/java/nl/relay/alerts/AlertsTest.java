package nl.relay.alerts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.relay.alerts.matching.PreviewReach;
import nl.relay.alerts.matching.TryAlertQuery;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** Term alerts through the API: saving, who sees and changes them, matching, notifying, privacy. */
@QuarkusTest
class AlertsTest {

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Inject
    nl.relay.testing.TestClock clock;

    @Inject
    OutboxWorker outbox;

    @Test
    void anAlertIsCreatedListedChangedAndDeleted() {
        Person owner = People.employee();
        long id = ((Number) Api.as(owner).body(Map.of("name", "Rabobank", "query", "Rabobank OR \"Rabo bank\"",
                "frequency", "daily", "channels", List.of("email", "app"))).post("/api/alerts").then().statusCode(201)
                .header("Location", containsString("/api/alerts/"))
                .body("frequency", equalTo("daily"))
                .body("channels", equalTo(List.of("app", "email")))
                .body("owner.username", equalTo(owner.username()))
                .body("group", nullValue())
                .body("mayManage", equalTo(true))
                .body("feedUrl", containsString("/feeds/alerts/"))
                .extract().path("id")).longValue();
        Api.as(owner).get("/api/alerts").then().statusCode(200).body("items.id", hasItem((int) id));
        Api.as(owner).body(Map.of("query", "Rabobank -sponsoring")).patch("/api/alerts/" + id).then().statusCode(200)
                .body("query", equalTo("Rabobank -sponsoring")).body("name", equalTo("Rabobank"));
        Api.as(owner).delete("/api/alerts/" + id).then().statusCode(204);
        Api.as(owner).get("/api/alerts/" + id).then().statusCode(404);
    }

    @Test
    void aQuerySyntaxErrorIsA422ThatSaysWhere() {
        Person owner = People.employee();
        Api.as(owner).body(Map.of("name", "Kapot", "query", "vacature AND (ING OR")).post("/api/alerts").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("query"))
                .body("errors[0].position", equalTo(21))
                .body("errors[0].message", containsString("position 21"));
        Api.as(owner).body(Map.of("name", "Kapot", "query", "\"raad van bestuur")).post("/api/alerts").then()
                .statusCode(422).body("errors[0].field", equalTo("query"));
        Api.as(owner).body(Map.of("name", "Dubbel", "query", "ING OR OR Rabobank")).post("/api/alerts").then()
                .statusCode(422).body("errors[0].position", equalTo(8))
                .body("errors[0].message", containsString("\"OR\" at position 8"));
        Api.as(owner).body(Map.of("name", "Veld", "query", "firma:ING")).post("/api/alerts").then()
                .statusCode(422).body("errors[0].position", equalTo(1))
                .body("errors[0].message", containsString("firma"))
                .body("errors[0].message", containsString("client:"))
                .body("errors[0].message", containsString("klant:"));
        Api.as(owner).body(Map.of("name", "Alleen niet", "query", "-ING")).post("/api/alerts").then()
                .statusCode(422);
        Api.as(owner).body(Map.of("name", "Joker", "query", "recruit*")).post("/api/alerts").then()
                .statusCode(422).body("errors[0].position", equalTo(8));
        for (String pattern : List.of("/regex/", "vacat?re", "ING~", "[a TO b]", "/a&b/", "/a{999999999}/", "/(/",
                "*:*", "\"raad bestuur\"~3", "ING OR /a&b/")) {
            Api.as(owner).body(Map.of("name", "Patroon", "query", pattern)).post("/api/alerts").then()
                    .statusCode(422).body("errors[0].field", equalTo("query"));
        }
        Api.as(owner).body(Map.of("name", "Boost", "query", "ING^" + "9".repeat(40))).post("/api/alerts").then()
                .statusCode(422).body("errors[0].field", equalTo("query"));
        Api.as(owner).body(Map.of("name", "Boost", "query", "(-ING)^2")).post("/api/alerts").then().statusCode(422);
        Api.as(owner).body(Map.of("name", "Twee\nX-Header: regels", "query", "ING")).post("/api/alerts").then()
                .statusCode(422).body("errors[0].field", equalTo("name"));
        Api.as(owner).body(Map.of("name", "", "query", "ING", "frequency", "hourly", "channels", List.of("sms")))
                .post("/api/alerts").then().statusCode(422)
                .body("errors.field", equalTo(List.of("name", "frequency", "channels")));
        Api.as(owner).get("/api/alerts").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void somebodyElsesAlertIsNotFound() {
        Person owner = People.employee();
        Person other = People.employee();
        long id = Alerts.create(owner, "Philips");
        Api.as(other).get("/api/alerts/" + id).then().statusCode(404);
        Api.as(other).body(Map.of("name", "mijn")).patch("/api/alerts/" + id).then().statusCode(404);
        Api.as(other).delete("/api/alerts/" + id).then().statusCode(404);
        Api.as(other).get("/api/alerts/" + id + "/matches").then().statusCode(404);
        Api.as(other).get("/api/alerts/abc").then().statusCode(404);
    }

    @Test
    void aMatchingPostNotifiesTheOwnerInstantlyWithTheAlert() {
        Person owner = People.employee();
        Person author = People.employee();
        long alert = Alerts.create(owner, "reorganisatie Heineken");
        long post = Posts.publish(author, "Bij Heineken komt een grote reorganisatie, de HR-afdeling krimpt.");
        long other = Posts.publish(author, "Heineken zoekt een nieuwe brouwmeester.");
        Wait.until(() -> !Alerts.notices(owner, post).isEmpty());
        Map<String, Object> notice = Alerts.notices(owner, post).get(0);
        assertEquals(alert, ((Number) ((Map<?, ?>) notice.get("alert")).get("id")).longValue());
        assertEquals(author.username(), ((Map<?, ?>) notice.get("actor")).get("username"));
        outbox.drain();
        assertEquals(List.of(post), Alerts.matches(owner, alert));
        assertTrue(Alerts.notices(owner, other).isEmpty());
        assertTrue(Alerts.notices(author, post).isEmpty(), "the author is not told about an alert of someone else");
    }

    @Test
    void anAlertWithADutchClientFieldMatchesAPostAboutThatClientAndNotifies() {
        Person owner = People.employee();
        Person recruiter = People.recruiter();
        String name = "Bakkerij Meelwaard " + System.nanoTime();
        long client = ((Number) Api.as(recruiter).body(Map.of("name", name, "aliases", List.of(), "sectorCode",
                "retail")).post("/api/clients").then().statusCode(201).extract().path("id")).longValue();
        long alert = Alerts.create(owner, "KLANT:\"" + name + "\" soort:vacature");
        long about = Posts.publish(recruiter, "Twee bakkers gezocht voor de nachtploeg.",
                Map.of("clientId", client, "kind", "vacancy"));
        long otherKind = Posts.publish(recruiter, "Nieuwe vestiging geopend.", Map.of("clientId", client, "kind",
                "signal", "signalType", "growth"));
        long notAbout = Posts.publish(recruiter, "Twee bakkers gezocht, elders.", Map.of("kind", "vacancy"));
        Wait.until(() -> !Alerts.notices(owner, about).isEmpty());
        assertEquals(alert, ((Number) ((Map<?, ?>) Alerts.notices(owner, about).get(0).get("alert")).get("id"))
                .longValue());
        outbox.drain();
        assertEquals(List.of(about), Alerts.matches(owner, alert));
        assertTrue(Alerts.notices(owner, otherKind).isEmpty());
        assertTrue(Alerts.notices(owner, notAbout).isEmpty());
    }

    @Test
    void anEditNotifiesOnlyANewMatch() {
        Person owner = People.employee();
        Person author = People.employee();
        long alert = Alerts.create(owner, "Booking.com");
        long post = Posts.publish(author, "Booking.com opent een kantoor in Utrecht.");
        Wait.until(() -> Alerts.notices(owner, post).size() == 1);
        Api.as(author).body(Map.of("body", "Booking.com opent een kantoor in Utrecht en Eindhoven."))
                .patch("/api/posts/" + post).then().statusCode(200);
        outbox.drain();
        assertEquals(1, Alerts.notices(owner, post).size(), "still matching: not told again");
        long later = Alerts.create(owner, "Eindhoven");
        long quiet = Posts.publish(author, "Een rustige dag.");
        Api.as(author).body(Map.of("body", "Een rustige dag in Eindhoven.")).patch("/api/posts/" + quiet).then()
                .statusCode(200);
        Wait.until(() -> Alerts.matches(owner, later).contains(quiet));
        assertEquals(1, Alerts.notices(owner, quiet).size(), "the edit made it match");
    }

    @Test
    void aPrivateGroupPostReachesOnlyAlertsWhoseOwnerMaySeeIt() {
        Person member = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(member, "private");
        long inside = Alerts.create(member, "Unilever");
        long outside = Alerts.create(outsider, "Unilever");
        long post = Posts.publish(member, "Unilever schrapt banen, vertrouwelijk.", Map.of("groupId", group));
        long open = Posts.publish(member, "Unilever opent een campus in Wageningen.");
        outbox.drain();
        Wait.until(() -> Alerts.matches(outsider, outside).contains(open));
        assertTrue(Alerts.matches(member, inside).contains(post));
        assertTrue(!Alerts.matches(outsider, outside).contains(post));
        assertTrue(Alerts.notices(outsider, post).isEmpty());
        Api.as(outsider).body(Map.of("query", "Unilever")).post("/api/alerts/test").then().statusCode(200)
                .body("matches.id", not(hasItem((int) post))).body("matches.id", hasItem((int) open));
    }

    @Test
    void aTeamAlertTellsEachMemberWhoMaySeeThePostAndOnlyManagersChangeIt() {
        Person owner = People.employee();
        Person member = People.employee();
        Person outsider = People.employee();
        long team = Groups.create(owner, "public");
        Groups.add(owner, team, member);
        long alert = Alerts.create(owner, "client:Randstad", Map.of("groupId", team));
        Api.as(member).get("/api/alerts").then().body("items.id", hasItem((int) alert));
        Api.as(member).get("/api/alerts/" + alert).then().statusCode(200).body("mayManage", equalTo(false))
                .body("group.id", equalTo((int) team));
        Api.as(member).body(Map.of("name", "anders")).patch("/api/alerts/" + alert).then().statusCode(403);
        Api.as(member).delete("/api/alerts/" + alert).then().statusCode(403);
        Api.as(outsider).get("/api/alerts/" + alert).then().statusCode(404);
        Api.as(member).body(Map.of("name", "Team", "query", "ING", "groupId", team)).post("/api/alerts").then()
                .statusCode(403);
        long secret = Groups.create(People.employee(), "private");
        Api.as(outsider).body(Map.of("name", "Team", "query", "ING", "groupId", secret)).post("/api/alerts").then()
                .statusCode(422).body("errors[0].message", equalTo("is not a known group"));
        long client = ((Number) Api.as(People.recruiter())
                .body(Map.of("name", "Randstad " + People.uniqueUsername(), "aliases", List.of("RS"),
                        "sectorCode", "hr"))
                .post("/api/clients").then().statusCode(201).extract().path("id")).longValue();
        long post = Posts.publish(outsider, "Nieuwe raamovereenkomst getekend.", Map.of("clientId", client));
        Wait.until(() -> !Alerts.notices(owner, post).isEmpty() && !Alerts.notices(member, post).isEmpty());
        assertTrue(Alerts.notices(outsider, post).isEmpty(), "not a member, and the author");
    }

    @Test
    void aTeamAlertsSharedFeedLeavesOutPrivatePostsWhichOnlyMembersReadInTheApp() {
        Person owner = People.employee();
        long team = Groups.create(owner, "private");
        long alert = Alerts.create(owner, "Nedap", Map.of("groupId", team));
        long inside = Posts.publish(owner, "Nedap zoekt een embedded developer, intern nieuws.",
                Map.of("groupId", team));
        long open = Posts.publish(People.employee(), "Nedap opent een vestiging in Groningen.");
        Wait.until(() -> Alerts.matches(owner, alert).containsAll(List.of(inside, open)));
        String feedUrl = Api.as(owner).get("/api/alerts/" + alert).then().extract().path("feedUrl");
        String atom = Api.anonymous().get(feedUrl.substring(feedUrl.indexOf("/feeds/"))).then().statusCode(200)
                .extract().asString();
        assertTrue(atom.contains("/posts/" + open) && !atom.contains("/posts/" + inside), atom);
    }

    @Test
    void theFeedAddressIsTheOneRelayWasOpenedAtWhenNoBaseUrlIsSet() {
        Person owner = People.employee();
        long alert = Alerts.create(owner, "Nedap", Map.of("name", "Nedap"));
        String direct = Api.as(owner).header("Host", "relay.example.nl").get("/api/alerts/" + alert).then()
                .statusCode(200).extract().path("feedUrl");
        assertTrue(direct.startsWith("http://relay.example.nl/feeds/alerts/" + alert + ".atom?token="), direct);
        String proxied = Api.as(owner).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host",
                "relay.bureau.nl").get("/api/alerts/" + alert).then().statusCode(200).extract().path("feedUrl");
        assertTrue(proxied.startsWith("https://relay.bureau.nl/feeds/alerts/"), proxied);
        String atom = Api.anonymous().header("Host", "relay.example.nl")
                .get(direct.substring(direct.indexOf("/feeds/"))).then().statusCode(200).extract().asString();
        assertTrue(atom.contains("<link rel=\"self\" href=\"http://relay.example.nl/feeds/alerts/")
                || atom.contains("http://relay.example.nl/"), atom);
    }

    @Test
    void theTestEndpointShowsRecentMatchesAndExplainsAnInvalidQuery() {
        // The limit counts per minute: the clock stands still so every try falls in the same minute.
        clock.stop();
        try {
            tryingQueries();
        } finally {
            clock.resume();
        }
    }

    private void tryingQueries() {
        Person reader = People.employee();
        long post = Posts.publish(reader, "Twee coördinatoren gezocht voor de vestiging in Zwolle.");
        Api.as(reader).body(Map.of("query", "coordinator Zwolle")).post("/api/alerts/test").then().statusCode(200)
                .body("valid", equalTo(true)).body("matches.id", hasItem((int) post));
        Api.as(reader).body(Map.of("query", "Zwolle AND")).post("/api/alerts/test").then().statusCode(200)
                .body("valid", equalTo(false)).body("error.position", equalTo(11))
                .body("matches", equalTo(List.of()));
        // The invalid query above is refused before it counts: one try so far.
        for (int i = 0; i < TryAlertQuery.TRIES_PER_MINUTE - 1; i++) {
            Api.as(reader).body(Map.of("query", "Zwolle")).post("/api/alerts/test").then().statusCode(200);
        }
        Api.as(reader).body(Map.of("query", "Zwolle")).post("/api/alerts/test").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void thePreviewCountsAlertsAndPeopleWhoMaySeeTheDraft() {
        Person author = People.employee();
        Person first = People.employee();
        Person second = People.employee();
        Person third = People.employee();
        String word = uniqueWord("Zaanstad");
        Alerts.create(first, word);
        Alerts.create(first, word + " OR Zaandam");
        Alerts.create(second, word);
        Alerts.create(third, word);
        Alerts.create(author, word);
        // The words three colleagues watch count once; first's own "OR Zaandam" alert is theirs alone.
        Api.as(author).body(Map.of("body", "Vacature bij " + word)).post("/api/alerts/preview").then()
                .statusCode(200).body("alerts", equalTo(1)).body("people", equalTo(3))
                .body("fewerThan", nullValue());
        Api.as(author).body(Map.of("body", "x", "clientId", 999_999_999)).post("/api/alerts/preview").then()
                .statusCode(422);
    }

    @Test
    void aPreviewNeverTellsWhatOneColleagueWatches() {
        Person attacker = People.employee();
        Person victim = People.employee();
        String word = uniqueWord("ontslagronde");
        String nobody = uniqueWord("niemand");
        Alerts.create(victim, word);
        String unwatched = preview(attacker, Map.of("body", nobody));
        assertEquals("{\"alerts\":null,\"people\":null,\"fewerThan\":3}", unwatched);
        assertEquals(unwatched, preview(attacker, Map.of("body", word)), "one watcher looks like none");

        // Aimed at one person: a private group of the attacker's own, with the victim added without consent.
        long aimed = Groups.create(attacker, "private");
        Groups.add(attacker, aimed, victim);
        assertEquals(unwatched, preview(attacker, Map.of("body", word, "groupId", aimed)));
        // Padded with three colleagues who watch the word too: still nothing of anyone's own alerts.
        for (int i = 0; i < 3; i++) {
            Person padding = People.employee();
            Alerts.create(padding, word);
            Groups.add(attacker, aimed, padding);
        }
        assertEquals(unwatched, preview(attacker, Map.of("body", word, "groupId", aimed)));
        Api.as(attacker).body(Map.of("body", word)).post("/api/alerts/preview").then().statusCode(200)
                .body("people", equalTo(4));
    }

    @Test
    void aBaselineOfOnesOwnDoesNotTellOneColleaguesWordsByDifference() {
        Person attacker = People.employee();
        Person victim = People.employee();
        String secret = uniqueWord("loonsverhoging");
        String canary = uniqueWord("kanarie");
        Alerts.create(victim, secret);
        // A private group of the attacker's own with a team alert: a baseline of more than three people.
        long pad = Groups.create(attacker, "private");
        for (int i = 0; i < 3; i++) {
            Groups.add(attacker, pad, People.employee());
        }
        Alerts.create(attacker, canary, Map.of("groupId", pad));
        String baseline = preview(attacker, Map.of("body", canary));
        assertEquals("{\"alerts\":1,\"people\":3,\"fewerThan\":null}", baseline);
        assertEquals(baseline, preview(attacker, Map.of("body", canary + " " + secret)), "one watcher adds nothing");
        // With the victim added to the group, the answer changes by the member, never by what they watch.
        Groups.add(attacker, pad, victim);
        String withVictim = preview(attacker, Map.of("body", canary));
        assertEquals(withVictim, preview(attacker, Map.of("body", canary + " " + secret)));
    }

    @Test
    void aTeamAlertCountsAsItsGroup() {
        Person author = People.employee();
        Person owner = People.employee();
        String word = uniqueWord("Hoogeveen");
        long team = Groups.create(owner, "public");
        List<Person> members = List.of(People.employee(), People.employee(), People.employee());
        members.forEach(member -> Groups.add(owner, team, member));
        Alerts.create(owner, word, Map.of("groupId", team));
        Alerts.create(owner, word + " OR Assen", Map.of("groupId", team));
        Api.as(author).body(Map.of("body", "Vacature in " + word)).post("/api/alerts/preview").then()
                .statusCode(200).body("alerts", equalTo(1)).body("people", equalTo(4));
        // In the group itself only its own team alerts count, which every member sees anyway.
        long inside = Groups.create(owner, "private");
        members.forEach(member -> Groups.add(owner, inside, member));
        Alerts.create(owner, word, Map.of("groupId", inside));
        Api.as(owner).body(Map.of("body", "Vacature in " + word, "groupId", inside)).post("/api/alerts/preview")
                .then().statusCode(200).body("alerts", equalTo(1)).body("people", equalTo(3));
    }

    @Test
    void previewsAreLimitedPerPersonOnEveryInstanceTogether() throws Exception {
        Person prober = People.employee();
        // The limit counts per minute: the clock stands still so every preview falls in the same minute.
        clock.stop();
        try {
            for (int i = 0; i < PreviewReach.PER_MINUTE; i++) {
                Api.as(prober).body(Map.of("body", "poging " + i)).post("/api/alerts/preview").then()
                        .statusCode(200);
            }
            Api.as(prober).body(Map.of("body", "nog een")).post("/api/alerts/preview").then().statusCode(429)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        } finally {
            clock.resume();
        }
        // The count lives in the database: what other instances counted holds here too.
        Person other = People.employee();
        long id = accountId(other);
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "insert into rate_limit (key, window_start, hits) values (?, date_trunc('day', now()), ?)")) {
            statement.setString(1, "alert-preview:" + id + "@" + java.time.Duration.ofDays(1));
            statement.setInt(2, PreviewReach.PER_DAY);
            statement.executeUpdate();
        }
        Api.as(other).body(Map.of("body", "eerste")).post("/api/alerts/preview").then().statusCode(429);
    }

    private long accountId(Person person) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select id from account where username = ?")) {
            statement.setString(1, person.username());
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A word no other test uses, so only this test's alerts match it. */
    private static String uniqueWord(String start) {
        return start + People.uniqueUsername().replaceAll("[^a-z]", "");
    }

    private static String preview(Person author, Map<String, Object> draft) {
        return Api.as(author).body(draft).post("/api/alerts/preview").then().statusCode(200).extract().asString();
    }

    @Test
    void theAtomFeedIsValidAndRefusesAWrongOrRenewedToken() throws Exception {
        Person owner = People.employee();
        long alert = Alerts.create(owner, "Achmea");
        long post = Posts.publish(People.employee(),
                "Achmea zoekt <script>alert(1)</script> actuarissen & analisten \uFFFF.");
        Wait.until(() -> Alerts.matches(owner, alert).contains(post));
        String feedUrl = Api.as(owner).get("/api/alerts/" + alert).then().extract().path("feedUrl");
        String path = feedUrl.substring(feedUrl.indexOf("/feeds/"));
        String atom = Api.anonymous().get(path).then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();
        assertTrue(atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""), atom);
        assertTrue(atom.contains("/posts/" + post), "the entry links to the post");
        assertTrue(atom.contains("&lt;script&gt;"), "escaped");
        AtomCheck.valid(atom);
        Api.anonymous().get(path.replaceAll("token=.*", "token=wrong")).then().statusCode(404);
        Api.anonymous().get("/feeds/alerts/" + alert + ".atom").then().statusCode(404);
        Api.as(owner).post("/api/alerts/" + alert + "/feed-token").then().statusCode(200)
                .body("feedUrl", not(equalTo(feedUrl)));
        Api.anonymous().get(path).then().statusCode(404);
    }
}
