package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

/** Announcements on the pages: pinned on the home page until acknowledged there, the rate for the author. */
@QuarkusTest
class AnnouncementPagesTest {

    @Inject
    OutboxWorker outbox;

    @Test
    void aPinnedAnnouncementIsAcknowledgedFromTheHomePageAndTheAuthorSeesTheRate() {
        Person comms = People.withRoles("employee", "communications");
        Person anna = People.employee();
        Person bram = People.employee();
        long group = Groups.create(comms, "public");
        Groups.add(comms, group, anna);
        Groups.add(comms, group, bram);
        String body = "Het kantoor in Utrecht is vrijdag <dicht> wegens onderhoud & schoonmaak.";
        long post = ((Number) Api.as(comms).body(Map.of("body", body, "groupId", group))
                .post("/api/announcements").then().statusCode(201).extract().path("id")).longValue();
        outbox.drain();
        String annaCookie = cookie(anna);
        page(annaCookie).get("/").then().statusCode(200)
                .body(containsString("data-testid=\"pinned\""))
                .body(containsString("&lt;dicht&gt; wegens onderhoud &amp; schoonmaak"))
                .body(not(containsString("<dicht>")))
                .body(containsString("action=\"/notifications/ack/" + post + "\""))
                .body(containsString(">Mededeling<"));
        page(annaCookie).get("/notifications").then().statusCode(200)
                .body(containsString("data-testid=\"must-read\""))
                .body(containsString("deed een mededeling die je moet lezen"))
                .body(containsString("action=\"/notifications/ack/" + post + "\""));
        // A form from elsewhere is refused (the site's guard against cross-site requests).
        page(annaCookie).contentType("application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .formParam("back", "/").post("/notifications/ack/" + post).then().statusCode(403);
        page(annaCookie).get("/").then().body(containsString("data-testid=\"pinned\""));
        form(annaCookie).formParam("back", "/").post("/notifications/ack/" + post).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/"));
        page(annaCookie).get("/").then().statusCode(200)
                .body(not(containsString("data-testid=\"pinned\"")))
                .body(containsString("wegens onderhoud"));
        page(cookie(comms)).get("/posts/" + post).then().statusCode(200)
                .body(containsString("data-testid=\"announcement-rate\""))
                .body(containsString("1 van 2 gelezen (50%)"));
        page(cookie(bram)).get("/posts/" + post).then().statusCode(200)
                .body(not(containsString("data-testid=\"announcement-rate\"")))
                .body(containsString("data-testid=\"ack-form\""));
    }
}
