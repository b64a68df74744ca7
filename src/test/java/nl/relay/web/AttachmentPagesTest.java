package nl.relay.web;

import static nl.relay.testing.Pages.cookie;
import static nl.relay.testing.Pages.page;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Uploads;
import org.junit.jupiter.api.Test;

/** The composer sends files with the post; posts list their files as downloads, escaped. */
@QuarkusTest
class AttachmentPagesTest {

    /** The composer's multipart form as a browser sends it from Relay's own page. */
    private static RequestSpecification multipartForm(String cookie) {
        return page(cookie).config(Uploads.BROWSER_LIKE).header("Origin", "http://localhost:" + RestAssured.port);
    }

    @Test
    void theComposerOffersAFileInputAndPostsMultipart() {
        String cookie = cookie(People.employee());
        page(cookie).get("/").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\" data-testid=\"composer\""))
                .body(containsString("<input type=\"file\" id=\"file\" name=\"file\" multiple"))
                .body(containsString("Hoogstens 10 bestanden van elk hoogstens 10 MiB."));
        page(cookie).header("Accept-Language", "en").get("/").then()
                .body(containsString("At most 10 files of at most 10 MiB each."));
    }

    @Test
    void aPostWrittenOnThePageCarriesItsFilesAndListsThemEscaped() {
        Person author = People.employee();
        String cookie = cookie(author);
        multipartForm(cookie)
                .multiPart("body", "Het rooster van volgende week, zie bijlagen")
                .multiPart("kind", "note")
                .multiPart("file", "<b>rooster & planning.pdf", Uploads.PDF)
                .multiPart("file", "logo.png", Uploads.PNG)
                .multiPart("file", "", new byte[0])
                .post("/posts").then().statusCode(303);
        long post = ((Number) Api.as(author).queryParam("author", author.username()).get("/api/posts").then()
                .body("items[0].attachments.filename", contains("<b>rooster & planning.pdf", "logo.png"))
                .extract().path("items[0].id")).longValue();
        long file = ((Number) Api.as(author).get("/api/posts/" + post).then().extract()
                .path("attachments[0].id")).longValue();
        page(cookie).get("/posts/" + post).then().statusCode(200)
                .body(containsString(
                        "<a href=\"/api/attachments/" + file + "\" download=\"&lt;b&gt;rooster &amp; planning.pdf\""))
                .body(containsString(">&lt;b&gt;rooster &amp; planning.pdf</a>"))
                .body(containsString("application/pdf"))
                .body(not(containsString("<b>rooster")));
        page(cookie).accept("*/*").get("/api/attachments/" + file).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment;"));
    }

    @Test
    void aGroupsComposerSendsFilesToo() {
        Person owner = People.employee();
        long group = Groups.create(owner, "private");
        String cookie = cookie(owner);
        multipartForm(cookie).multiPart("body", "Notulen van de groep").multiPart("file", "notulen.txt",
                Uploads.text(2000)).post("/groups/" + group + "/posts").then().statusCode(303);
        Api.as(owner).queryParam("group", group).get("/api/posts").then()
                .body("items[0].attachments.contentType", contains("text/plain"));
        Uploads.downloadAs(People.employee()).get(Api.as(owner).queryParam("group", group).get("/api/posts")
                .then().extract().<String>path("items[0].attachments[0].url")).then().statusCode(404);
    }

    @Test
    void aRefusedFileIsSaidUnderTheFileInputAndNothingIsPosted() {
        Person author = People.employee();
        String cookie = cookie(author);
        multipartForm(cookie).multiPart("body", "Met een leeg bestand").multiPart("file", "leeg.txt", new byte[0])
                .post("/posts").then().statusCode(422)
                .body(containsString("data-testid=\"file-error\">&quot;leeg.txt&quot; is leeg.</p>"))
                .body(containsString("Met een leeg bestand</textarea>"));
        multipartForm(cookie).header("Accept-Language", "en").multiPart("body", "With a large file")
                .multiPart("file", "groot.txt", Uploads.text(10 * 1024 * 1024 + 1)).post("/posts").then()
                .statusCode(413)
                .body(containsString("data-testid=\"file-error\">&quot;groot.txt&quot; is larger than 10 MiB"));
        Api.as(author).queryParam("author", author.username()).get("/api/posts").then().body("items", empty());
    }

    @Test
    void aMultipartFormFromAnotherSiteIsRefused() {
        Person author = People.employee();
        String cookie = cookie(author);
        page(cookie).config(Uploads.BROWSER_LIKE).header("Origin", "https://evil.example")
                .multiPart("body", "Van een andere site").multiPart("file", "x.pdf", Uploads.PDF)
                .post("/posts").then().statusCode(403);
        page(cookie).config(Uploads.BROWSER_LIKE).header("Sec-Fetch-Site", "cross-site")
                .multiPart("body", "Van een andere site").post("/api/posts").then().statusCode(403);
        Api.as(author).queryParam("author", author.username()).get("/api/posts").then().body("items", empty());
        Api.as(author).body(Map.of("body", "Wel via de API")).post("/api/posts").then().statusCode(201);
    }
}
