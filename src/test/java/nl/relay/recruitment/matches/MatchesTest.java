package nl.relay.recruitment.matches;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.posts.PostWritten;
import nl.relay.recruitment.matches.Offers.Offer;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** Matches: ranked and explained lists for recruiters, and the match notifications a new offer sends. */
@QuarkusTest
class MatchesTest {

    @Inject
    OutboxWorker outbox;

    @Inject
    NotifyMatches notifyMatches;

    @Test
    void aVacancysMatchesAreRankedBySharedSkillsThenRegionThenHoursAndExplained() {
        Person owner = People.recruiter();
        Person other = People.recruiter();
        List<String> skills = Offers.skills(3);
        Offer sameRegion = Offers.candidate(owner, skills.subList(0, 2), "utrecht-stad", 32);
        Offer sameProvince = Offers.candidate(owner, skills.subList(0, 2), "amersfoort", 32);
        Offer sameRegionFewerHours = Offers.candidate(other, skills.subList(0, 2), "utrecht-stad", 16);
        Offer remote = Offers.candidate(other, List.of(skills.get(1)), "remote", 32);
        Offers.candidate(owner, skills, "amsterdam", 32);
        Offers.candidate(owner, Offers.skills(1), "utrecht-stad", 32);
        Offer withdrawn = Offers.candidate(owner, skills, "utrecht-stad", 32);
        Api.as(owner).body(Map.of("status", "withdrawn")).patch("/api/candidates/" + withdrawn.id()).then()
                .statusCode(200);
        Offer vacancy = Offers.vacancy(other, Offers.client(other), skills, "utrecht-stad", 32);

        var answer = Api.as(owner).get("/api/vacancies/" + vacancy.id() + "/matches").then().statusCode(200)
                .body("next", equalTo(null))
                .body("items.candidate.id", contains((int) sameRegion.id(), (int) sameRegionFewerHours.id(),
                        (int) sameProvince.id(), (int) remote.id()))
                .extract().jsonPath();
        assertEquals(List.of(skills.get(0), skills.get(1)), answer.getList("items[0].sharedSkills"));
        assertEquals(List.of("same", "same", "province", "remote"), answer.getList("items.regionFit"));
        assertEquals(List.of(skills.get(1)), answer.getList("items[3].sharedSkills"));
        assertTrue(answer.getInt("items[0].score") > answer.getInt("items[3].score"));
        assertEquals("Amersfoort", answer.getString("items[2].candidate.region.name"));
        assertEquals(owner.username(), answer.getString("items[0].candidate.owner.username"));
        String json = answer.prettify();
        assertFalse(json.contains("Sanne Kandidaat") || json.contains("@voorbeeld.nl") || json.contains("person"),
                "never the person behind a candidate: " + json);

        Api.as(owner).get("/api/vacancies/" + vacancy.id() + "/matches?limit=1").then().statusCode(200)
                .body("items", hasSize(1));
        Api.as(owner).get("/api/vacancies/" + vacancy.id() + "/matches?limit=0").then().statusCode(422);
        Api.as(People.employee()).get("/api/vacancies/" + vacancy.id() + "/matches").then().statusCode(403);
        Api.as(owner).get("/api/vacancies/999999999/matches").then().statusCode(404);
        Api.as(owner).get("/api/vacancies/abc/matches").then().statusCode(404);
    }

    @Test
    void aCandidatesMatchesAreTheOpenVacanciesThatFit() {
        Person owner = People.recruiter();
        Person other = People.recruiter();
        List<String> skills = Offers.skills(2);
        long client = Offers.client(other);
        Offer candidate = Offers.candidate(owner, skills, "den-haag", 40);
        Offer exact = Offers.vacancy(other, client, skills, "den-haag", 36);
        Offer province = Offers.vacancy(other, client, skills, "leiden", 40);
        Offer closed = Offers.vacancy(other, client, skills, "den-haag", 40);
        Api.as(other).body(Map.of("status", "closed")).patch("/api/vacancies/" + closed.id()).then().statusCode(200);
        Offers.vacancy(other, client, skills, "groningen-stad", 40);

        Api.as(other).get("/api/candidates/" + candidate.id() + "/matches").then().statusCode(200)
                .body("items.vacancy.id", contains((int) exact.id(), (int) province.id()))
                .body("items[0].regionFit", equalTo("same"))
                .body("items[0].sharedSkills", equalTo(skills))
                .body("items[0].vacancy.client.id", equalTo((int) client))
                .body("items[1].regionFit", equalTo("province"));
        Api.as(People.employee()).get("/api/candidates/" + candidate.id() + "/matches").then().statusCode(403);
        Api.as(other).get("/api/candidates/0/matches").then().statusCode(404);
    }

    @Test
    void aCandidateInAPrivateGroupIsNoMatchForWhoCannotReadItAndTellsThemNothing() {
        Person owner = People.recruiter();
        Person outsider = People.recruiter();
        List<String> skills = Offers.skills(1);
        Offer vacancy = Offers.vacancy(outsider, Offers.client(outsider), skills, "zwolle", 32);
        outbox.drain();
        long group = Groups.create(owner, "private");
        Offer hidden = Offers.candidate(owner, Map.of("skills", skills, "region", "zwolle", "hoursPerWeek", 32,
                "groupId", group));
        Api.as(outsider).get("/api/vacancies/" + vacancy.id() + "/matches").then().statusCode(200)
                .body("items", empty());
        Api.as(owner).get("/api/vacancies/" + vacancy.id() + "/matches").then().statusCode(200)
                .body("items.candidate.id", contains((int) hidden.id()));
        Api.as(outsider).get("/api/candidates/" + hidden.id() + "/matches").then().statusCode(404);
        outbox.drain();
        assertTrue(matchNotices(outsider).stream().noneMatch(n -> postId(n, "post") == hidden.postId()),
                "no notice about a candidate the vacancy's owner may not read");
    }

    @Test
    void aNewVacancyNotifiesTheOwnersOfTheFiveBestFittingCandidatesOnceAndNeverItsAuthor() {
        Person author = People.recruiter();
        List<String> skills = Offers.skills(2);
        Offer own = Offers.candidate(author, skills, "eindhoven", 40);
        List<Person> owners = List.of(People.recruiter(), People.recruiter(), People.recruiter(),
                People.recruiter(), People.recruiter(), People.recruiter());
        List<Offer> best = owners.subList(0, 5).stream().map(o -> Offers.candidate(o, skills, "eindhoven", 40))
                .toList();
        Offer sixth = Offers.candidate(owners.get(5), List.of(skills.get(0)), "eindhoven", 40);
        outbox.drain();

        Offer vacancy = Offers.vacancy(author, Offers.client(author), skills, "eindhoven", 40);
        for (int i = 0; i < 5; i++) {
            Person owner = owners.get(i);
            Offer candidate = best.get(i);
            Wait.until(() -> matchNotices(owner).stream().anyMatch(n -> postId(n, "post") == vacancy.postId()));
            Map<String, Object> notice = matchNotices(owner).stream()
                    .filter(n -> postId(n, "post") == vacancy.postId()).findFirst().orElseThrow();
            assertEquals(candidate.postId(), postId(notice, "relatedPost"));
            assertEquals(author.username(), ((Map<?, ?>) notice.get("actor")).get("username"));
        }
        outbox.drain();
        assertTrue(matchNotices(owners.get(5)).stream().noneMatch(n -> postId(n, "post") == vacancy.postId()),
                "only the five best: one shared skill ranks below two " + sixth);
        assertTrue(matchNotices(author).stream().noneMatch(n -> postId(n, "post") == vacancy.postId()),
                "never about the author's own candidate " + own);

        QuarkusTransaction.requiringNew().run(() -> notifyMatches.handle(
                new PostWritten.PostPublished(vacancy.postId())));
        assertEquals(1, matchNotices(owners.get(0)).stream().filter(n -> postId(n, "post") == vacancy.postId())
                .count(), "a retry tells nobody twice");
    }

    @Test
    void aNewCandidateNotifiesTheOwnersOfFittingOpenVacanciesOnEveryPage() {
        Person vacancyOwner = People.named("Pieter Jansen", "recruiter");
        Person offerer = People.named("Sanne de Vries", "recruiter");
        List<String> skills = Offers.skills(2);
        long client = Offers.client(vacancyOwner);
        Offer vacancy = Offers.vacancy(vacancyOwner, Map.of("clientId", client, "skills", skills, "region",
                "noord-holland", "hoursPerWeek", 32, "title", "Java-ontwikkelaar"));
        Offer onHold = Offers.vacancy(vacancyOwner, Map.of("clientId", client, "skills", skills, "region",
                "noord-holland", "hoursPerWeek", 32, "title", "Tester"));
        Api.as(vacancyOwner).body(Map.of("status", "on-hold")).patch("/api/vacancies/" + onHold.id()).then()
                .statusCode(200);
        outbox.drain();

        Offer candidate = Offers.candidate(offerer, Map.of("skills", skills, "region", "haarlem", "hoursPerWeek", 32,
                "title", "Ervaren Java-ontwikkelaar"));
        Wait.until(() -> matchNotices(vacancyOwner).stream().anyMatch(n -> postId(n, "post") == candidate.postId()));
        outbox.drain();
        List<Map<String, Object>> notices = matchNotices(vacancyOwner).stream()
                .filter(n -> postId(n, "post") == candidate.postId()).toList();
        assertEquals(1, notices.size(), "not about the vacancy on hold");
        assertEquals(vacancy.postId(), postId(notices.get(0), "relatedPost"));

        String html = page(cookie(vacancyOwner)).get("/notifications").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Je vacature ‘Java-ontwikkelaar’ past bij een nieuwe kandidaat van Sanne de Vries"),
                html);
        String english = page(cookie(vacancyOwner)).header("Accept-Language", "en").cookie("relay_lang", "en")
                .get("/notifications").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Your vacancy ‘Java-ontwikkelaar’ fits a new candidate from Sanne de Vries"),
                english);
        // The candidate's owner hears of the vacancy the other way round when a vacancy comes after the candidate.
        Offer later = Offers.vacancy(vacancyOwner, Map.of("clientId", client, "skills", skills, "region", "haarlem",
                "hoursPerWeek", 32, "title", "Backend-ontwikkelaar"));
        Wait.until(() -> matchNotices(offerer).stream().anyMatch(n -> postId(n, "post") == later.postId()));
        String offererPage = page(cookie(offerer)).get("/notifications").then().statusCode(200).extract()
                .asString();
        assertTrue(offererPage.contains(
                "Een nieuwe vacature van Pieter Jansen past bij je kandidaat ‘Ervaren Java-ontwikkelaar’"),
                offererPage);
    }

    @Test
    void theMatchPagesExplainEachMatchAndOfferToProposeForAVacancy() {
        Person recruiter = People.recruiter();
        List<String> skills = List.of("java", "spring", Offers.skills(1).get(0));
        Offer candidate = Offers.candidate(recruiter, List.of("spring", skills.get(2), "java"), "arnhem", 24);
        Offer vacancy = Offers.vacancy(recruiter, Offers.client(recruiter), skills, "nijmegen", 24);
        String cookie = cookie(recruiter);

        String html = page(cookie).get("/vacancies/" + vacancy.id() + "/matches").then().statusCode(200)
                .extract().asString();
        assertTrue(
                html.contains("Gedeelde vaardigheden: java, spring, " + skills.get(2) + " · regio: zelfde provincie"),
                html);
        assertTrue(html.contains("href=\"/vacancies/" + vacancy.id() + "/propose?candidate=" + candidate.id() + "\""),
                html);
        assertTrue(html.contains("Kandidaten die passen bij ‘Java-ontwikkelaar’"), html);

        String english = page(cookie).cookie("relay_lang", "en").header("Accept-Language", "en")
                .get("/candidates/" + candidate.id() + "/matches").then().statusCode(200).extract().asString();
        assertTrue(english.contains("href=\"/vacancies/" + vacancy.id() + "\""), english);
        assertTrue(english.contains("Shared skills: spring, " + skills.get(2) + ", java · region: same province"),
                english);

        page(cookie(People.employee())).get("/vacancies/" + vacancy.id() + "/matches").then().statusCode(403)
                .body(containsString("Alleen recruiters"));
        page(cookie).get("/candidates/999999999/matches").then().statusCode(404);
        page(cookie).get("/vacancies/x/matches").then().statusCode(404).body(not(containsString("Exception")));
    }

    @Test
    void aVacancyOpenAgainTellsTheOwnersOfCandidatesOfferedMeanwhileOnce() {
        Person vacancyOwner = People.recruiter();
        Person offerer = People.recruiter();
        List<String> skills = Offers.skills(2);
        Offer vacancy = Offers.vacancy(vacancyOwner, Offers.client(vacancyOwner), skills, "utrecht-stad", 32);
        status(vacancyOwner, vacancy, "on-hold");
        Offers.candidate(offerer, skills, "utrecht-stad", 32);
        outbox.drain();
        assertTrue(matchNotices(offerer).stream().noneMatch(n -> postId(n, "post") == vacancy.postId()),
                "a vacancy on hold is not offered");
        status(vacancyOwner, vacancy, "open");
        Wait.until(() -> matchNotices(offerer).stream().anyMatch(n -> postId(n, "post") == vacancy.postId()));
        status(vacancyOwner, vacancy, "on-hold");
        status(vacancyOwner, vacancy, "open");
        outbox.drain();
        assertEquals(1, matchNotices(offerer).stream().filter(n -> postId(n, "post") == vacancy.postId()).count(),
                "told once about the pair, however often the vacancy reopens");
    }

    private static void status(Person owner, Offer vacancy, String status) {
        Api.as(owner).body(Map.of("status", status)).patch("/api/vacancies/" + vacancy.id()).then().statusCode(200);
    }

    private static List<Map<String, Object>> matchNotices(Person person) {
        List<Map<String, Object>> items = Api.as(person).get("/api/notifications?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(n -> "match".equals(n.get("type"))).toList();
    }

    private static long postId(Map<String, Object> notice, String field) {
        Object post = notice.get(field);
        return post == null ? -1 : ((Number) ((Map<?, ?>) post).get("id")).longValue();
    }

}
