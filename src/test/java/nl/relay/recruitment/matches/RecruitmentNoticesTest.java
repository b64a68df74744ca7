package nl.relay.recruitment.matches;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import nl.relay.notifications.digest.ClaimDigests;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.recruitment.matches.Offers.Offer;
import nl.relay.testing.Api;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * The notifications of interest in a candidate, a match and a referral, as whole sentences in the API, on the
 * notifications page and in mails, never with the person behind a candidate or a referral.
 */
@QuarkusTest
class RecruitmentNoticesTest {

    @Inject
    OutboxWorker outbox;

    @Inject
    ClaimDigests digests;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void interestInMyCandidateIsToldInTheApiThePageAndAMail() throws Exception {
        Person owner = People.recruiter();
        Person interested = People.named("Pieter Jansen", "recruiter");
        Offer candidate = Offers.candidate(owner, Offers.skills(1), "rotterdam", 36);
        Api.as(interested).body(Map.of("note", "Ik heb bij een verzekeraar in Rotterdam precies zo iemand nodig."))
                .post("/api/candidates/" + candidate.id() + "/interest").then().statusCode(201);

        Map<String, Object> notice = notice(owner, "interest", candidate.postId());
        assertEquals("Pieter Jansen", ((Map<?, ?>) notice.get("actor")).get("displayName"));
        assertTrue(page(cookie(owner)).get("/notifications").then().statusCode(200).extract().asString()
                .contains("Pieter Jansen heeft interesse in je kandidaat"));
        MimeMessage mail = mail(owner);
        assertEquals("[Relay] Pieter Jansen heeft interesse in je kandidaat", mail.getSubject());
        assertFalse(MailServer.raw(mail).contains("Sanne Kandidaat"), "never the person behind the candidate");
    }

    @Test
    void aReferralToMyVacancyIsToldWithoutThePersonReferred() throws Exception {
        Person owner = People.recruiter();
        Person referrer = People.named("Sanne de Vries", "employee");
        Offer vacancy = Offers.vacancy(owner, Offers.client(owner), Offers.skills(1), "utrecht", 40);
        Api.as(referrer).body(Map.of("name", "Joris Verwijsbaar", "email", "joris.verwijsbaar@voorbeeld.nl", "note",
                "Mijn oud-collega, zoekt iets nieuws in de buurt van Utrecht.")).post("/api/vacancies/" + vacancy.id()
                        + "/referrals")
                .then().statusCode(201);

        Map<String, Object> notice = notice(owner, "referral", vacancy.postId());
        assertFalse(notice.toString().contains("Joris") || notice.toString().contains("verwijsbaar"),
                notice.toString());
        String html = page(cookie(owner)).get("/notifications").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Sanne de Vries droeg iemand aan voor je vacature"), html);
        assertFalse(html.contains("Joris"), "never the person referred");
        String english = page(cookie(owner)).cookie("relay_lang", "en").header("Accept-Language", "en")
                .get("/notifications").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Sanne de Vries referred someone for your vacancy"), english);
        MimeMessage mail = mail(owner);
        assertEquals("[Relay] Sanne de Vries droeg iemand aan voor je vacature", mail.getSubject());
        String raw = MailServer.raw(mail);
        assertFalse(raw.contains("Joris") || raw.contains("joris.verwijsbaar"), "never the person referred");
    }

    @Test
    void aMatchIsMailedAsAWholeSentenceNamingMyVacancy() throws Exception {
        Person owner = People.recruiter();
        Person offerer = People.named("Sanne de Vries", "recruiter");
        List<String> skills = Offers.skills(1);
        Offer vacancy = Offers.vacancy(owner, Map.of("clientId", Offers.client(owner), "skills", skills, "region",
                "limburg", "hoursPerWeek", 24, "title", "Data-analist"));
        Offer candidate = Offers.candidate(offerer, skills, "maastricht", 24);

        Map<String, Object> notice = notice(owner, "match", candidate.postId());
        assertEquals(vacancy.postId(), ((Number) ((Map<?, ?>) notice.get("relatedPost")).get("id")).longValue());
        MimeMessage mail = mail(owner);
        assertEquals("[Relay] Je vacature ‘Data-analist’ past bij een nieuwe kandidaat van Sanne de Vries",
                mail.getSubject());
        String raw = MailServer.raw(mail);
        assertTrue(raw.contains("/posts/" + candidate.postId()), "a link to the new candidate");
        assertFalse(raw.contains("Sanne Kandidaat"), "never the person behind the candidate");
    }

    @Test
    void theDigestSumsUpAMatchAndAReferralInTheReadersLanguage() throws Exception {
        Person owner = People.recruiter();
        Api.as(owner).body(Map.of("email", "digest", "digest", "daily", "language", "en")).put("/api/me/preferences")
                .then().statusCode(200);
        Person offerer = People.named("Sanne de Vries", "recruiter");
        List<String> skills = Offers.skills(1);
        Offer vacancy = Offers.vacancy(owner, Map.of("clientId", Offers.client(owner), "skills", skills, "region",
                "friesland", "hoursPerWeek", 36, "title", "Projectleider"));
        Offer candidate = Offers.candidate(offerer, skills, "leeuwarden", 36);
        Api.as(offerer).body(Map.of("name", "Joris Verwijsbaar", "note", "Kent de regio goed.")).post(
                "/api/vacancies/" + vacancy.id() + "/referrals").then().statusCode(201);
        notice(owner, "match", candidate.postId());
        notice(owner, "referral", vacancy.postId());
        outbox.drain();
        // A digest covers up to two minutes ago (later rows may belong to transactions still running).
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("update notification n set created_at = n.created_at - interval '10 minutes' "
                    + "from account a where a.id = n.recipient_id and a.username = '" + owner.username() + "'");
        }
        assertTrue(digests.claimDue() >= 1);
        outbox.drain();
        String raw = MailServer.raw(mail(owner));
        assertTrue(raw.contains("Your vacancy =E2=80=98Projectleider=E2=80=99 fits a new candidate from Sanne de Vries")
                || raw.contains("Your vacancy ‘Projectleider’ fits a new candidate from Sanne de Vries"), raw);
        assertTrue(raw.contains("Sanne de Vries referred someone for your vacancy"), raw);
        assertFalse(raw.contains("Joris"), "never the person referred");
    }

    /** The person's one notification of this type about this post, once it is written. */
    private static Map<String, Object> notice(Person person, String type, long postId) {
        Wait.until(() -> !notices(person, type, postId).isEmpty());
        List<Map<String, Object>> found = notices(person, type, postId);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static List<Map<String, Object>> notices(Person person, String type, long postId) {
        List<Map<String, Object>> items = Api.as(person).get("/api/notifications?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(n -> type.equals(n.get("type")) && n.get("post") != null
                && ((Number) ((Map<?, ?>) n.get("post")).get("id")).longValue() == postId).toList();
    }

    private static MimeMessage mail(Person person) {
        Wait.until(() -> !MailServer.to(MailServer.addressOf(person)).isEmpty());
        return MailServer.to(MailServer.addressOf(person)).get(0);
    }
}
