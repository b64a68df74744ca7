package nl.relay.privacy.erasure;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Alerts;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Vacancies;
import org.junit.jupiter.api.Test;

/**
 * Erasure on request: the person leaves their records, every post and version, the search index, recruiters'
 * notes, alerts and the archive's text; the report says where without saying whom; a second request finds nothing;
 * only the privacy officer and admins may ask, and a bad request changes nothing.
 */
@QuarkusTest
class ErasureTest {

    @Inject
    OutboxWorker outbox;

    /** A person offered as a candidate, with a unique name, email and phone. */
    private record Subject(String name, String email, String phone, String surname) {

        static Subject fresh() {
            long n = Candidates.unique();
            String surname = "Zwaluwstaart" + n;
            return new Subject("Marit " + surname, "marit." + n + "@voorbeeld.nl",
                    "06-" + (10_000_000 + n % 89_999_999),
                    surname);
        }

        /** The phone as someone else writes it: +31 6 and the rest. */
        String international() {
            return "+31 6 " + phone.substring(3);
        }

        Map<String, Object> person() {
            return Map.of("name", name, "email", email, "phone", phone);
        }

        /** Whether text holds any identifier in the forms this test writes them. */
        boolean namedIn(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            String digits = text.replaceAll("[^0-9]", "");
            return lower.contains(surname.toLowerCase(Locale.ROOT)) || lower.contains(email)
                    || digits.contains(phone.substring(4));
        }
    }

    @Test
    void anErasureTakesThePersonOutOfEveryStoreAndTheReportSaysWhereNotWhom() {
        Subject subject = Subject.fresh();
        Person owner = People.recruiter();
        Person colleague = People.withRoles("employee", "recruiter");
        Person writer = People.employee();
        long candidate = Candidates.offer(owner, Map.of("person", subject.person()));
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Bouwbedrijf"), Map.of());
        long referral = ((Number) Api.as(writer).body(Map.of("name", subject.name(), "email",
                subject.email().toUpperCase(Locale.ROOT), "note", "Ken " + subject.name() + " van de studie"))
                .post("/api/vacancies/" + vacancy + "/referrals").then().statusCode(201).extract().path("id"))
                .longValue();
        Api.as(colleague).body(Map.of("note", "Sprak " + subject.name().toUpperCase(Locale.ROOT) + " vorig jaar"))
                .post("/api/candidates/" + candidate + "/interest").then().statusCode(201);
        long post = Posts.publish(writer, "Gesprek met " + subject.name() + ", bel " + subject.international());
        long reply = Posts.reply(colleague, post, "Of mail " + subject.email().toUpperCase(Locale.ROOT));
        long edited = Posts.publish(writer, "Wie kent " + subject.name().toLowerCase(Locale.ROOT) + "?");
        Api.as(writer).body(Map.of("body", "Wie kent deze kandidaat?")).patch("/api/posts/" + edited).then()
                .statusCode(200);
        long removed = Posts.publish(writer, "Nummer: " + subject.phone().replace("-", ""));
        Api.as(writer).delete("/api/posts/" + removed).then().statusCode(204);
        long untouched = Posts.publish(writer, "Marit zoekt nog een Zwaluwstaart");
        long alert = Alerts.create(writer, subject.name());
        outbox.drain();
        Api.as(writer).get("/api/search?q=" + subject.surname()).then().statusCode(200)
                .body("items.post.id", hasItem((int) post));

        Person officer = People.withRoles("privacy");
        String answer = Api.as(officer).body(Map.of("email", subject.email().toUpperCase(Locale.ROOT)))
                .post("/api/privacy/erasures").then().statusCode(200).extract().asString();
        JsonPath report = JsonPath.from(answer);
        assertThat(subject.namedIn(answer), equalTo(false));
        assertThat(report.getList("found.candidates", Number.class).stream().map(Number::longValue).toList(),
                equalTo(List.of(candidate)));
        assertThat(report.getList("found.referrals", Number.class).stream().map(Number::longValue).toList(),
                equalTo(List.of(referral)));
        assertThat(report.getString("by.username"), equalTo(officer.username()));
        Map<String, Map<String, Object>> stores = stores(report);
        assertThat("texts", ids(stores.get("post")), hasItems(post, reply));
        assertThat(ids(stores.get("post")), not(hasItem(untouched)));
        assertThat(ids(stores.get("post_version")), hasItems(post, reply, edited, removed));
        assertThat(ids(stores.get("search_index")), hasItems(post, reply));
        assertThat(ids(stores.get("search_index")), not(hasItem(removed)));
        assertThat(stores.get("candidate_interest").get("changed"), equalTo(1));
        assertThat(ids(stores.get("alert")), equalTo(List.of(alert)));
        assertThat(stores.keySet(), hasItems("candidate_person", "referral_person"));

        String body = Api.as(writer).get("/api/posts/" + post).then().statusCode(200).extract().path("body");
        assertThat(body, equalTo("Gesprek met [gewist], bel [gewist]"));
        assertThat(Api.as(colleague).get("/api/posts/" + reply).then().extract().path("body"),
                equalTo("Of mail [gewist]"));
        String history = Api.as(writer).get("/api/posts/" + edited + "/history").then().statusCode(200).extract()
                .asString();
        assertThat(history, containsString("Wie kent [gewist]?"));
        assertThat(subject.namedIn(history), equalTo(false));
        assertThat(Api.as(writer).get("/api/posts/" + untouched).then().extract().path("body"),
                equalTo("Marit zoekt nog een Zwaluwstaart"));
        Api.as(writer).get("/api/search?q=" + subject.surname()).then().statusCode(200).body("items", empty());
        Api.as(owner).get("/api/candidates/" + candidate).then().statusCode(200)
                .body("person.name", equalTo("[gewist]")).body("person.email", nullValue())
                .body("person.phone", nullValue()).body("title", not(equalTo("[gewist]")));
        String referrals = Api.as(owner).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200)
                .extract().asString();
        assertThat(subject.namedIn(referrals), equalTo(false));
        String alerts = Api.as(writer).get("/api/alerts/" + alert).then().statusCode(200).extract().asString();
        assertThat(subject.namedIn(alerts), equalTo(false));

        String archive = Api.as(People.adminToken()).accept("application/x-ndjson").get("/api/admin/export")
                .then().statusCode(200).extract().asString();
        long erasure = report.getLong("id");
        for (long erased : List.of(post, reply, edited, removed)) {
            JsonPath line = line(archive, erased);
            assertThat(line.getList("erasures.erasureId", Number.class).stream().map(Number::longValue).toList(),
                    equalTo(List.of(erasure)));
            assertThat(subject.namedIn(line.prettify()), equalTo(false));
        }
        assertThat(line(archive, edited).getList("versions.body"),
                equalTo(List.of("Wie kent [gewist]?", "Wie kent deze kandidaat?")));
        assertThat(line(archive, untouched).getList("erasures"), empty());
        assertThat(subject.namedIn(archive), equalTo(false));

        JsonPath again = Api.as(officer).body(Map.of("email", subject.email())).post("/api/privacy/erasures").then()
                .statusCode(200).extract().jsonPath();
        assertThat(again.getList("changes"), empty());
        assertThat(again.getList("found.candidates"), empty());
        assertThat(again.getList("found.referrals"), empty());
        Api.as(officer).body(Map.of("candidateId", candidate)).post("/api/privacy/erasures").then().statusCode(200)
                .body("changes", empty()).body("found.candidates", empty());

        String list = Api.as(officer).get("/api/privacy/erasures?limit=100").then().statusCode(200).extract()
                .asString();
        assertThat(JsonPath.from(list).getList("items.id", Number.class).stream().map(Number::longValue).toList(),
                hasItem(erasure));
        assertThat(subject.namedIn(list), equalTo(false));
    }

    @Test
    void aPersonIsFoundByPhoneInAnotherNotationOrByCandidate() {
        Subject first = Subject.fresh();
        Person owner = People.recruiter();
        long byPhone = Candidates.offer(owner, Map.of("person", first.person()));
        Api.as(People.adminToken()).body(Map.of("phone", first.international())).post("/api/privacy/erasures").then()
                .statusCode(200).body("found.candidates", equalTo(List.of((int) byPhone)));

        Subject second = Subject.fresh();
        long byId = Candidates.offer(owner, Map.of("person", second.person()));
        long post = Posts.publish(owner, "Ik stel " + second.name() + " voor aan de klant");
        JsonPath report = Api.as(People.withRoles("privacy")).body(Map.of("candidateId", byId))
                .post("/api/privacy/erasures").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("found.candidates", Number.class).stream().map(Number::longValue).toList(),
                equalTo(List.of(byId)));
        assertThat(ids(stores(report).get("post")), hasItem(post));
        assertThat(Api.as(owner).get("/api/posts/" + post).then().extract().path("body"),
                equalTo("Ik stel [gewist] voor aan de klant"));
    }

    @Test
    void onlyThePrivacyOfficerAndAdminsErase() {
        Map<String, Object> request = Map.of("email", "niemand." + Candidates.unique() + "@voorbeeld.nl");
        Api.anonymous().body(request).post("/api/privacy/erasures").then().statusCode(401);
        Api.as(People.employee()).body(request).post("/api/privacy/erasures").then().statusCode(403);
        Api.as(People.recruiter()).body(request).post("/api/privacy/erasures").then().statusCode(403);
        Api.as(People.recruiter()).get("/api/privacy/erasures").then().statusCode(403);
        Api.anonymous().get("/api/privacy/erasures").then().statusCode(401);
        Api.as(People.withRoles("privacy")).body(request).post("/api/privacy/erasures").then().statusCode(200)
                .body("changes", empty());
        Api.as(People.admin()).body(request).post("/api/privacy/erasures").then().statusCode(200);
        Api.as(People.withRoles("privacy")).get("/api/privacy/erasures").then().statusCode(200);
    }

    @Test
    void aBadRequestChangesNothing() {
        Subject subject = Subject.fresh();
        Person owner = People.recruiter();
        long candidate = Candidates.offer(owner, Map.of("person", subject.person()));
        long post = Posts.publish(owner, "Over " + subject.name());
        Person officer = People.withRoles("privacy");
        for (Map<String, Object> request : List.<Map<String, Object>>of(Map.of(), Map.of("email", "geen-adres"),
                Map.of("email", subject.email(), "phone", "bel me"), Map.of("candidateId", -1),
                Map.of("phone", "12"))) {
            Api.as(officer).body(request).post("/api/privacy/erasures").then().statusCode(422)
                    .contentType("application/problem+json").body("errors", not(empty()));
        }
        Api.as(officer).body(Map.of("candidateId", "zeven")).post("/api/privacy/erasures").then().statusCode(422)
                .contentType("application/problem+json");
        Api.as(officer).contentType("application/json").body("{\"email\":").post("/api/privacy/erasures").then()
                .statusCode(400);
        Api.as(owner).get("/api/candidates/" + candidate).then().statusCode(200)
                .body("person.name", equalTo(subject.name())).body("person.email", equalTo(subject.email()));
        assertThat(Api.as(owner).get("/api/posts/" + post).then().extract().path("body"),
                equalTo("Over " + subject.name()));
    }

    private static Map<String, Map<String, Object>> stores(JsonPath report) {
        Map<String, Map<String, Object>> stores = new HashMap<>();
        List<Map<String, Object>> changes = report.getList("changes");
        changes.forEach(change -> stores.put((String) change.get("store"), change));
        return stores;
    }

    private static List<Long> ids(Map<String, Object> change) {
        assertThat("the store is in the report", change, not(nullValue()));
        return ((List<?>) change.get("ids")).stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static JsonPath line(String archive, long post) {
        List<JsonPath> lines = Arrays.stream(archive.split("\n")).filter(l -> !l.isEmpty()).map(JsonPath::from)
                .filter(l -> l.getLong("id") == post).toList();
        assertThat(lines, hasSize(1));
        return lines.get(0);
    }
}
