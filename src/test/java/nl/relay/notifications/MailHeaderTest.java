package nl.relay.notifications;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.MailServer;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;

/**
 * Names reach mail subjects and headers: a name with a line break is refused at every door, and whatever
 * the database holds, the one mail sender writes every header as one line.
 */
@QuarkusTest
class MailHeaderTest {

    private static final String INJECTED = "HR 1\nReply-To: payroll@evil.example\nContent-Type: text/html\n\n"
            + "<a href=\"https://evil.example\">klik</a>";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aGroupNameWithALineBreakIsRefusedAndNothingIsCreated() {
        Person owner = People.employee();
        Api.as(owner).body(Map.of("name", INJECTED, "visibility", "private")).post("/api/groups")
                .then().statusCode(422).body("errors.field", hasItem("name"));
        long group = Groups.create(owner, "private");
        for (String name : List.of("Team\rZuid", "Team\u2028Zuid", "Team\tZuid", "Team\u0085Zuid")) {
            Api.as(owner).body(Map.of("name", name)).patch("/api/groups/" + group)
                    .then().statusCode(422).body("errors.field", hasItem("name"));
        }
        Api.as(owner).queryParam("q", "payroll").get("/api/groups").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void displayNamesEmailsAlertNamesAndClientNamesAreOneLine() {
        String admin = People.adminToken();
        Api.as(admin).body(Map.of("username", People.uniqueUsername(), "displayName", "Jan\nBcc: all@example.nl",
                "email", "jan@example.nl", "password", "lang-genoeg-wachtwoord", "roles", List.of("employee")))
                .post("/api/accounts").then().statusCode(422).body("errors.field", hasItem("displayName"));
        Person person = People.employee();
        Api.as(admin).body(Map.of("displayName", "Jan\nBcc: all@example.nl"))
                .patch("/api/accounts/" + person.username())
                .then().statusCode(422).body("errors.field", hasItem("displayName"));
        Api.as(person).body(Map.of("name", "Let op\nBcc: x@example.nl", "query", "ontslagronde"))
                .post("/api/alerts").then().statusCode(422).body("errors.field", hasItem("name"));
        Person recruiter = People.recruiter();
        Api.as(recruiter).body(Map.of("name", "ACME\nBcc: x@example.nl", "sectorCode", "finance"))
                .post("/api/clients").then().statusCode(422).body("errors.field", hasItem("name"));
        Api.as(recruiter).body(Map.of("name", "ACME " + People.uniqueUsername(), "aliases", List.of("A\nB"),
                "sectorCode", "finance")).post("/api/clients").then().statusCode(422)
                .body("errors.field", hasItem("aliases"));
        String page = Pages.cookie(recruiter);
        Pages.form(page).formParam("name", "ACME\r\nBcc: x@example.nl").formParam("sectorCode", "finance")
                .post("/clients").then().statusCode(422);
        Pages.form(page).formParam("name", "Team\nZuid").formParam("visibility", "public").post("/groups")
                .then().statusCode(422);
    }

    @Test
    void aLineBreakAlreadyInTheDatabaseNeverBecomesAHeader() throws Exception {
        Person owner = People.employee();
        Person member = People.employee();
        long group = Groups.create(owner, "private");
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("update relay_group set name = ? where id = ?")) {
            statement.setString(1, INJECTED);
            statement.setLong(2, group);
            statement.executeUpdate();
        }
        Groups.add(owner, group, member);
        String address = MailServer.addressOf(member);
        Wait.until(() -> MailServer.to(address).size() == 1);
        MimeMessage mail = MailServer.to(address).get(0);
        assertNull(mail.getHeader("Reply-To"), "no header of the attacker's");
        assertEquals(1, mail.getHeader("Content-Type").length);
        assertTrue(mail.getContent() instanceof Multipart, "the body is Relay's, not the attacker's");
        String subject = mail.getSubject();
        assertFalse(subject.contains("\n") || subject.contains("\r"), subject);
        assertTrue(subject.contains("HR 1 Reply-To: payroll@evil.example Content-Type: text/html"), subject);
        assertTrue(mail.getHeader("List-Unsubscribe")[0].endsWith("/settings>"), "unsubscribe leads to settings");
    }
}
