package nl.relay.privacy.erasure;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.relay.privacy.PersonIdentifiers;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;

/**
 * What the first erasure missed: names written with letters that carry accents, an anonymised record's marker taken
 * for a name, legal holds, followed topics, holds' reasons and groups, and the officer's name kept in the report.
 */
@QuarkusTest
class ErasureGapsTest {

    @Inject
    EntityManager entityManager;

    /** Letters only, unique per call: a name's word cannot hold digits the way people write names. */
    private static String letters() {
        long n = Candidates.unique();
        StringBuilder word = new StringBuilder();
        for (char digit : Long.toString(n).toCharArray()) {
            word.append((char) ('a' + (digit - '0')));
        }
        return word.toString();
    }

    private static long offer(Person owner, String name, String email) {
        return Candidates.offer(owner, Map.of("person", Map.of("name", name, "email", email, "phone",
                "06 " + (10_000_000 + Candidates.unique() % 89_999_999))));
    }

    private String body(long post) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select body from post where id = ?1").setParameter(1, post).getSingleResult());
    }

    private String history(long post) {
        return QuarkusTransaction.requiringNew().call(() -> String.join("\n", entityManager
                .createNativeQuery("select body from post_version where post_id = ?1 order by id", String.class)
                .setParameter(1, post).getResultList()));
    }

    @Test
    void namesWithLettersThatCarryAccentsAreFoundInPostsAndEveryVersion() {
        Person owner = People.recruiter();
        String suffix = letters();
        String turkish = "Çağla Yılmaz" + suffix;
        String polish = "Łukasz Wiśniewski" + suffix;
        String german = "Jürgen Weißbach" + suffix;
        long first = offer(owner, turkish, "cagla." + suffix + "@voorbeeld.nl");
        long second = offer(owner, polish, "lukasz." + suffix + "@voorbeeld.nl");
        long third = offer(owner, german, "jurgen." + suffix + "@voorbeeld.nl");
        long aboutTurkish = Posts.publish(owner, "Gesprek met " + turkish.toUpperCase(Locale.ROOT) + " gehad");
        long aboutPolish = Posts.publish(owner, "Wie kent " + polish + "?");
        Api.as(owner).body(Map.of("body", "Wie kent deze kandidaat?")).patch("/api/posts/" + aboutPolish).then()
                .statusCode(200);
        long aboutGerman = Posts.publish(owner, "Belde met " + german);

        Person officer = People.withRoles("privacy");
        for (long candidate : List.of(first, second, third)) {
            Api.as(officer).body(Map.of("candidateId", candidate)).post("/api/privacy/erasures").then()
                    .statusCode(200);
        }
        assertThat(body(aboutTurkish), equalTo("Gesprek met [gewist] gehad"));
        assertThat(history(aboutPolish), equalTo("Wie kent [gewist]?\nWie kent deze kandidaat?"));
        assertThat(body(aboutGerman), equalTo("Belde met [gewist]"));
    }

    @Test
    void anAnonymisedRecordsMarkerIsNoName() {
        Person owner = People.recruiter();
        long candidate = offer(owner, "Sem Anoniem" + letters(), "sem." + letters() + "@voorbeeld.nl");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update candidate_person set name = '[anonymised]', email = null, phone = null, email_key = null,
                    phone_key = null, name_key = '', anonymised_at = now() where candidate_id = ?1""")
                .setParameter(1, candidate).executeUpdate());
        String text = "Deze kandidaat is [anonymised]; wie anonymised wil blijven, zegt het " + letters();
        long post = Posts.publish(owner, text);

        Api.as(People.withRoles("privacy")).body(Map.of("candidateId", candidate)).post("/api/privacy/erasures")
                .then().statusCode(200);
        assertThat(body(post), equalTo(text));
        assertThat(PersonIdentifiers.of(List.of("[anonymised]", " [gewist] "), List.of(), List.of()).isEmpty(),
                equalTo(true));
    }

    @Test
    void aPersonUnderALegalHoldIsErasedOnlyWhenAnAdminOverridesIt() {
        Person owner = People.recruiter();
        String surname = "Houvast" + letters();
        String email = "hold." + letters() + "@voorbeeld.nl";
        long candidate = offer(owner, "Ria " + surname, email);
        Person admin = People.admin();
        Api.as(admin).body(Map.of("reason", "Rechtszaak over Ria " + surname))
                .put("/api/privacy/holds/candidate/" + candidate).then().statusCode(200);
        long post = Posts.publish(owner, "Ria " + surname + " belt terug");

        Person officer = People.withRoles("privacy");
        String refused = Api.as(officer).body(Map.of("email", email)).post("/api/privacy/erasures").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("candidate " + candidate)).extract().asString();
        assertThat(refused, not(containsString(surname)));
        assertThat(refused, not(containsString(email)));
        Api.as(officer).body(Map.of("email", email, "overrideHold", true)).post("/api/privacy/erasures").then()
                .statusCode(403);
        assertThat(body(post), equalTo("Ria " + surname + " belt terug"));

        JsonPath report = Api.as(admin).body(Map.of("email", email, "overrideHold", true))
                .post("/api/privacy/erasures").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("overriddenHolds[0].kind"), equalTo("candidate"));
        assertThat(report.getLong("overriddenHolds[0].id"), equalTo(candidate));
        assertThat(report.getList("changes.store"), hasItem("legal_hold"));
        assertThat(body(post), equalTo("[gewist] belt terug"));
        String reason = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select reason from legal_hold where subject_kind = 'candidate' and subject_id = ?1")
                .setParameter(1, candidate).getSingleResult());
        assertThat(reason, equalTo("Rechtszaak over [gewist]"));
    }

    @Test
    void followedTopicsAndGroupsThatNameThePersonAreErased() {
        Person owner = People.recruiter();
        String surname = "Volgers" + letters();
        String email = "topic." + letters() + "@voorbeeld.nl";
        offer(owner, "Jan de " + surname, email);
        Person follower = People.employee();
        Api.as(follower).put("/api/me/follows/topics/JanDe" + surname).then().statusCode(org.hamcrest.Matchers
                .lessThan(300));
        long group = Groups.create(owner, "Team Jan de " + surname, "private");

        JsonPath report = Api.as(People.withRoles("privacy")).body(Map.of("email", email))
                .post("/api/privacy/erasures").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("changes.store"), hasItem("follow_topic"));
        assertThat(report.getList("changes.store"), hasItem("relay_group"));
        long follows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from follow_topic where lower(topic) like ?1")
                .setParameter(1, "%" + surname.toLowerCase(Locale.ROOT) + "%").getSingleResult()).longValue());
        assertThat(follows, equalTo(0L));
        String groupText = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select name || ' ' || name_key || ' ' || description from relay_group where id = ?1")
                .setParameter(1, group).getSingleResult());
        assertThat(groupText.toLowerCase(Locale.ROOT), not(containsString(surname.toLowerCase(Locale.ROOT))));
    }

    @Test
    void theKeptReportNamesTheOfficerByIdOnly() {
        Person officer = People.withRoles("privacy");
        Person owner = People.recruiter();
        String email = "kept." + letters() + "@voorbeeld.nl";
        offer(owner, "Kees Bewaard" + letters(), email);
        JsonPath report = Api.as(officer).body(Map.of("email", email)).post("/api/privacy/erasures").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getString("by.username"), equalTo(officer.username()));
        long id = report.getLong("id");
        String kept = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select report::text from erasure where id = ?1").setParameter(1, id)
                .getSingleResult());
        assertThat(kept, not(containsString(officer.username())));
        String displayName = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select display_name from account where username = ?1")
                .setParameter(1, officer.username()).getSingleResult());
        assertThat(kept, not(containsString(displayName)));
        Api.as(officer).get("/api/privacy/erasures?limit=100").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.by.username", equalTo(officer.username()));
    }
}
