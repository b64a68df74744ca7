package nl.relay.recruitment.referrals;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.MailServer;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Vacancies;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/** Referring someone to a vacancy: anyone may, the owner is told and sees the person, nobody else and no message. */
@QuarkusTest
class ReferralsTest {

    @Test
    void anEmployeeRefersAFriendAndOnlyTheOwnerSeesThePersonNeverInTheNotificationOrItsMail() throws Exception {
        Person owner = People.recruiter();
        Person employee = People.named("Jeroen Bakker");
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "Gemeente Amersfoort"), Map.of());
        String name = "Mirjam Verhoeven";
        String email = "mirjam.verhoeven@voorbeeld.nl";
        Api.as(employee).body(Map.of("name", name, "email", email, "note", "Oud-collega, sterk in SQL en geduldig."))
                .post("/api/vacancies/" + vacancy + "/referrals").then().statusCode(201)
                .body("vacancyId", equalTo((int) vacancy)).body("referredBy.displayName", equalTo("Jeroen Bakker"))
                .body("$", not(hasKey("person"))).body("$", not(hasKey("note")));
        Api.as(owner).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200)
                .body("[0].person.name", equalTo(name)).body("[0].person.email", equalTo(email))
                .body("[0].note", equalTo("Oud-collega, sterk in SQL en geduldig."));
        Api.as(employee).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200)
                .body("[0].person.name", equalTo(name));
        Api.as(People.employee()).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(403);
        Api.as(People.recruiter()).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(403);
        String asAdmin = Api.as(People.admin()).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200)
                .body("[0].referredBy.displayName", equalTo("Jeroen Bakker")).body("[0]", not(hasKey("person")))
                .extract().asString();
        assertFalse(asAdmin.contains("Mirjam") || asAdmin.contains("verhoeven") || asAdmin.contains("geduldig"),
                asAdmin);

        Wait.until(() -> !Api.as(owner).get("/api/notifications").jsonPath().getList("items").isEmpty());
        String notifications = Api.as(owner).get("/api/notifications").then().statusCode(200)
                .body("items[0].type", equalTo("referral")).body("items[0].actor.username",
                        equalTo(employee.username()))
                .extract().asString();
        assertFalse(notifications.contains("Mirjam") || notifications.contains("verhoeven"), notifications);
        String address = MailServer.addressOf(owner);
        Wait.until(() -> MailServer.to(address).size() == 1);
        String mail = MailServer.raw(MailServer.to(address).get(0));
        assertTrue(mail.contains("/posts/"), "a link to the vacancy's post");
        assertFalse(mail.contains("Mirjam") || mail.toLowerCase().contains("verhoeven"), mail);
    }

    @Test
    void aReferralNeedsANameANoteAValidEmailAndAnOpenVacancy() {
        Person owner = People.recruiter();
        Person employee = People.employee();
        long vacancy = Vacancies.post(owner, Vacancies.client(owner, "NS"), Map.of());
        Api.as(employee).body(Map.of("name", "", "email", "geen-adres", "note", ""))
                .post("/api/vacancies/" + vacancy + "/referrals").then().statusCode(422)
                .body("errors.field", equalTo(List.of("name", "email", "note")));
        Api.as(employee).body(Map.of("name", "Twee\nregels", "note", "Goed")).post("/api/vacancies/" + vacancy
                + "/referrals").then().statusCode(422);
        Api.as(owner).get("/api/vacancies/" + vacancy + "/referrals").then().statusCode(200).body("size()", equalTo(0));
        Api.as(owner).body(Map.of("status", "closed")).patch("/api/vacancies/" + vacancy).then().statusCode(200);
        Api.as(employee).body(Map.of("name", "Kees de Boer", "note", "Zoekt iets nieuws"))
                .post("/api/vacancies/" + vacancy + "/referrals").then().statusCode(422);
        Api.as(employee).body(Map.of("name", "Kees de Boer", "note", "Zoekt iets nieuws"))
                .post("/api/vacancies/999999999/referrals").then().statusCode(404);
    }
}
