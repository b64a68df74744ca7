package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.form;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    OutboxWorker outbox;

    @Inject
    EntityManager entityManager;

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

    @Test
    void adminsAndCommunicationsAnnounceFromTheFormAndARefusedFormKeepsWhatWasTyped() {
        Person comms = People.withRoles("employee", "communications");
        Person anna = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(comms, "Kantoor Utrecht " + System.nanoTime(), "public");
        Groups.add(comms, group, anna);
        long notTheirs = Groups.create(outsider, "public");
        String commsCookie = cookie(comms);
        String annaCookie = cookie(anna);

        page(annaCookie).get("/").then().statusCode(200).body(not(containsString("data-testid=\"nav-announce\"")));
        page(annaCookie).get("/announcements/new").then().statusCode(403)
                .body(containsString("data-testid=\"refused\""));
        form(annaCookie).formParam("body", "Mag ik dit?").post("/announcements/new").then().statusCode(403);
        Api.as(anna).get("/api/posts?author=" + anna.username()).then().body("items", empty());

        page(commsCookie).get("/").then().statusCode(200).body(containsString("href=\"/announcements/new\""));
        page(commsCookie).get("/announcements/new").then().statusCode(200)
                .body(containsString("data-testid=\"announcement-form\""))
                .body(containsString("<option value=\"" + group + "\">Kantoor Utrecht"))
                .body(not(containsString("<option value=\"" + notTheirs + "\"")));

        String typed = "De <b>kerstborrel</b> is op 19 december & iedereen is welkom.";
        String past = LocalDateTime.now(AMSTERDAM).minusHours(1).withNano(0).withSecond(0).toString();
        form(commsCookie).formParam("body", typed).formParam("groupId", String.valueOf(group))
                .formParam("expiresAt", past).post("/announcements/new").then().statusCode(422)
                .body(containsString("data-testid=\"expiry-error\""))
                .body(containsString("De vervaldatum moet in de toekomst liggen."))
                .body(containsString("De &lt;b&gt;kerstborrel&lt;/b&gt; is op 19 december &amp; iedereen"))
                .body(not(containsString("<b>kerstborrel</b>")))
                .body(containsString("value=\"" + past + "\""))
                .body(containsString("<option value=\"" + group + "\" selected>"));
        form(commsCookie).formParam("body", "  ").formParam("expiresAt", "morgen").post("/announcements/new").then()
                .statusCode(422).body(containsString("data-testid=\"expiry-error\""));
        form(commsCookie).formParam("body", "  ").post("/announcements/new").then().statusCode(422)
                .body(containsString("data-testid=\"body-error\""));
        form(commsCookie).formParam("body", typed).formParam("groupId", String.valueOf(notTheirs))
                .post("/announcements/new").then().statusCode(422).body(containsString("data-testid=\"group-error\""));
        // A form from elsewhere is refused (the site's guard against cross-site requests).
        page(commsCookie).contentType("application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .formParam("body", typed).post("/announcements/new").then().statusCode(403);
        Api.as(comms).get("/api/posts?author=" + comms.username()).then().body("items", empty());

        LocalDateTime expiry = LocalDateTime.now(AMSTERDAM).plusDays(3).withHour(17).withMinute(30).withSecond(0)
                .withNano(0);
        String location = form(commsCookie).formParam("body", typed).formParam("groupId", String.valueOf(group))
                .formParam("expiresAt", expiry.toString()).post("/announcements/new").then().statusCode(303)
                .extract().header("Location");
        long post = Long.parseLong(location.replaceAll(".*/posts/(\\d+)$", "$1"));
        Api.as(comms).get("/api/posts/" + post).then().statusCode(200).body("kind", equalTo("announcement"))
                .body("body", equalTo(typed)).body("group.id", equalTo((int) group));
        assertEquals(expiry.atZone(AMSTERDAM).toEpochSecond(), ((Number) entityManager
                .createNativeQuery("select cast(extract(epoch from expires_at) as bigint) from announcement "
                        + "where post_id = ?1")
                .setParameter(1, post).getSingleResult()).longValue(), "the expiry in Dutch time");
        outbox.drain();
        page(annaCookie).get("/").then().statusCode(200).body(containsString("data-testid=\"pinned\""))
                .body(containsString("De &lt;b&gt;kerstborrel&lt;/b&gt;"));

        Api.as(comms).body(Map.of("language", "en")).put("/api/me/preferences").then().statusCode(200);
        page(cookie(comms)).get("/announcements/new").then().statusCode(200)
                .body(containsString("Make an announcement")).body(containsString(">Everyone<"));
    }
}
