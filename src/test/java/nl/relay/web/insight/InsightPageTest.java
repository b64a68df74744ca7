package nl.relay.web.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.relay.testing.Pages;
import nl.relay.testing.People;
import nl.relay.testing.Posts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The insight page: admins only, in Dutch and English, its charts well-formed SVG with a title and description. */
@QuarkusTest
class InsightPageTest {

    private static final Pattern SVG = Pattern.compile("<svg xmlns=.*?</svg>", Pattern.DOTALL);

    @Test
    void onlyAdminsSeeThePage() {
        Pages.page(Pages.cookie(People.employee())).get("/admin/insight").then().statusCode(403);
        Pages.page(Pages.cookie(People.recruiter())).get("/admin/insight").then().statusCode(403);
    }

    @Test
    void anAdminSeesChartsAndTablesInDutchAndEnglish() throws Exception {
        Posts.reply(People.employee(), Posts.publish(People.employee(), "Wie heeft er tijd voor #inwerken?"),
                "Ik, vanaf dinsdag.");
        String cookie = Pages.cookie(People.admin());
        String dutch = Pages.page(cookie).get("/admin/insight").then().statusCode(200).extract().asString();
        assertTrue(dutch.contains("<h1>Inzicht</h1>"), dutch);
        assertTrue(dutch.contains("Bespaarde mail"));
        assertTrue(dutch.contains("Berichten en reacties per week"));
        assertTrue(dutch.contains("href=\"/api/admin/insight/activity.csv?from="));
        String english = Pages.page(cookie).cookie("relay_lang", "en").get("/admin/insight").then().statusCode(200)
                .extract().asString();
        assertTrue(english.contains("<h1>Insight</h1>"), english);
        assertTrue(english.contains("Mail saved"));
        for (String page : List.of(dutch, english)) {
            List<String> charts = charts(page);
            assertEquals(4, charts.size(), "posts, active people, must-read and mail saved");
            for (String chart : charts) {
                Document svg = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(chart.getBytes(StandardCharsets.UTF_8)));
                Element root = svg.getDocumentElement();
                assertEquals("svg", root.getLocalName());
                assertEquals("img", root.getAttribute("role"));
                assertTrue(!root.getElementsByTagName("title").item(0).getTextContent().isBlank());
                assertTrue(!root.getElementsByTagName("desc").item(0).getTextContent().isBlank());
                assertTrue(root.getElementsByTagName("rect").getLength() >= 12, "a bar for each of 12 weeks");
            }
        }
    }

    @Test
    void aBadPeriodShowsTheFormWithItsError() {
        String page = Pages.page(Pages.cookie(People.admin())).queryParam("from", "2025-05-01")
                .queryParam("to", "2025-04-01").get("/admin/insight").then().statusCode(422).extract().asString();
        assertTrue(page.contains("role=\"alert\""), page);
        assertTrue(page.contains("value=\"2025-05-01\""), page);
        assertTrue(page.contains("Tot en met: mag niet voor de begindatum liggen"), page);
        String tooLong = Pages.page(Pages.cookie(People.admin())).queryParam("from", "2020-01-01")
                .queryParam("to", "2026-01-01").get("/admin/insight").then().statusCode(422).extract().asString();
        assertTrue(tooLong.matches("(?s).*Tot en met: mag hoogstens \\d+ dagen na de begindatum liggen.*"), tooLong);
    }

    private static List<String> charts(String page) {
        List<String> charts = new ArrayList<>();
        Matcher matcher = SVG.matcher(page);
        while (matcher.find()) {
            charts.add(matcher.group());
        }
        return charts;
    }
}
