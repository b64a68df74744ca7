package nl.relay.posts.attachments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.testing.Api;
import nl.relay.testing.Groups;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;
import nl.relay.testing.Uploads;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentsTest {

    private static final int MAX_SIZE = 10 * 1024 * 1024;

    @Inject
    EntityManager entityManager;

    @Inject
    AttachFiles attachFiles;

    @Inject
    PurgeUploadsJob purge;

    @Test
    void anUploadIsAttachedToAPostAndDownloadedAsAFileToSave() {
        Person author = People.employee();
        Uploads.as(author).multiPart("file", "Offerte Q3.pdf", Uploads.PDF).post("/api/attachments").then()
                .statusCode(201)
                .header("Location", containsString("/api/attachments/"))
                .body("filename", equalTo("Offerte Q3.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("size", equalTo(Uploads.PDF.length));
        long upload = Uploads.upload(author, "Présentatie €.pdf", Uploads.PDF);
        long post = ((Number) Api.as(author).body(Map.of("body", "De offerte voor #Janssen staat erbij.",
                "attachmentIds", List.of(upload))).post("/api/posts").then().statusCode(201)
                .body("attachments", hasSize(1))
                .body("attachments[0].id", equalTo((int) upload))
                .body("attachments[0].filename", equalTo("Présentatie €.pdf"))
                .body("attachments[0].contentType", equalTo("application/pdf"))
                .body("attachments[0].size", equalTo(Uploads.PDF.length))
                .body("attachments[0].url", equalTo("/api/attachments/" + upload))
                .extract().path("id")).longValue();
        Api.as(People.employee()).get("/api/posts/" + post).then().statusCode(200)
                .body("attachments.filename", contains("Présentatie €.pdf"));
        Response download = Uploads.downloadAs(People.employee()).get("/api/attachments/" + upload);
        download.then().statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header("Content-Disposition", equalTo(
                        "attachment; filename=\"Pr_sentatie _.pdf\"; filename*=UTF-8''Pr%C3%A9sentatie%20%E2%82%AC.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertArrayEquals(Uploads.PDF, download.asByteArray());
    }

    @Test
    void theTypeIsDetectedFromTheContentAndScriptableFilesAreServedAsBytes() {
        Person author = People.employee();
        long pdfAsText = Uploads.upload(author, "notulen.txt", Uploads.PDF);
        long page = Uploads.upload(author, "rooster.html", Uploads.HTML);
        long disguised = Uploads.upload(author, "foto.png", Uploads.HTML);
        Uploads.as(author).multiPart("file", "scan.pdf", Uploads.PDF, "text/html").post("/api/attachments").then()
                .statusCode(201).body("contentType", equalTo("application/pdf"));
        long post = ((Number) Api.as(author).body(Map.of("body", "Stukken voor het overleg",
                "attachmentIds", List.of(pdfAsText, page, disguised))).post("/api/posts").then().statusCode(201)
                .body("attachments.contentType", contains("application/pdf", "text/html", "text/html"))
                .extract().path("id")).longValue();
        Uploads.downloadAs(author).get("/api/attachments/" + pdfAsText).then().statusCode(200)
                .header("Content-Type", equalTo("application/pdf"));
        for (long html : List.of(page, disguised)) {
            Response download = Uploads.downloadAs(author).get("/api/attachments/" + html);
            download.then().statusCode(200)
                    .header("Content-Type", equalTo("application/octet-stream"))
                    .header("Content-Disposition", containsString("attachment;"));
            assertArrayEquals(Uploads.HTML, download.asByteArray());
        }
        Api.as(author).get("/api/posts/" + post).then().body("attachments", hasSize(3));
    }

    @Test
    void aPostIsPublishedAsAMultipartFormWithItsFiles() {
        Person author = People.employee();
        long group = Groups.create(author, "public");
        Uploads.as(author)
                .multiPart("body", "Vraag over het rooster, zie #planning")
                .multiPart("kind", "question")
                .multiPart("groupId", String.valueOf(group))
                .multiPart("file", "C:\\Users\\sanne\\Documents\\rooster.pdf", Uploads.PDF)
                .multiPart("file", "logo.png", Uploads.PNG)
                .post("/api/posts").then().statusCode(201)
                .body("kind", equalTo("question"))
                .body("group.id", equalTo((int) group))
                .body("topics", contains("planning"))
                .body("attachments.filename", contains("rooster.pdf", "logo.png"))
                .body("attachments.contentType", contains("application/pdf", "image/png"));
        Uploads.as(author).multiPart("body", "Een gewone notitie zonder bestanden").post("/api/posts").then()
                .statusCode(201).body("attachments", empty());
        Uploads.as(author).multiPart("body", "Verkeerde soort").multiPart("kind", "roddel")
                .multiPart("groupId", "de-groep").multiPart("file", "a.pdf", Uploads.PDF)
                .post("/api/posts").then().statusCode(422)
                .body("errors.field", contains("kind", "groupId"));
    }

    @Test
    void limitsAreRefusedWithTheFieldAndNothingIsStored() {
        Person author = People.employee();
        Uploads.as(author).multiPart("file", "leeg.txt", new byte[0]).post("/api/attachments").then()
                .statusCode(422).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("empty"));
        Uploads.as(author).multiPart("file", "groot.txt", Uploads.text(MAX_SIZE + 1)).post("/api/attachments")
                .then().statusCode(413).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("10 MiB"));
        Uploads.as(author).multiPart("body", "Te groot").multiPart("file", "klein.pdf", Uploads.PDF)
                .multiPart("file", "groot.txt", Uploads.text(MAX_SIZE + 1)).post("/api/posts").then()
                .statusCode(413).body("errors[0].field", equalTo("file"));
        var tooMany = Uploads.as(author).multiPart("body", "Elf bestanden");
        for (int i = 0; i < 11; i++) {
            tooMany.multiPart("file", "bijlage-" + i + ".pdf", Uploads.PDF);
        }
        tooMany.post("/api/posts").then().statusCode(422).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("at most 10"));
        Uploads.as(author).multiPart("body", "Een leeg bestand").multiPart("file", "leeg.pdf", new byte[0])
                .post("/api/posts").then().statusCode(422).body("errors[0].field", equalTo("file"));
        Uploads.as(author).multiPart("body", "Geen bestand").post("/api/attachments").then().statusCode(422)
                .body("errors[0].field", equalTo("file"));
        Uploads.as(author).multiPart("file", "tekst zonder bestandsnaam").post("/api/attachments").then()
                .statusCode(422).body("errors[0].field", equalTo("file"));
        Uploads.as(author).multiPart("file", "a.pdf", Uploads.PDF).multiPart("file", "b.pdf", Uploads.PDF)
                .post("/api/attachments").then().statusCode(422).body("errors[0].field", equalTo("file"));
        Api.as(author).queryParam("author", author.username()).get("/api/posts").then().body("items", empty());
        assertEquals(0, filesOf(author));
    }

    @Test
    void anUploadLargerThanTheFormLimitIsA413ProblemBeforeItIsRead() {
        Person author = People.employee();
        String head = "POST /api/attachments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + author.token()
                + "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary=xyz\r\n"
                + "Connection: close\r\nContent-Length: ";
        String answer = headOfAnswer(head + (31 * 1024 * 1024) + "\r\n\r\n--xyz\r\n");
        assertEquals("HTTP/1.1 413", answer.substring(0, 12), answer);
        org.hamcrest.MatcherAssert.assertThat(answer, containsString("application/problem+json"));
        org.hamcrest.MatcherAssert.assertThat(answer, containsString("\"field\":\"file\""));
        String overTheCeiling = headOfAnswer(head + (40 * 1024 * 1024) + "\r\n\r\n--xyz\r\n");
        assertEquals("HTTP/1.1 413", overTheCeiling.substring(0, 12), overTheCeiling);
        assertEquals(0, filesOf(author));
    }

    @Test
    void aPrivateGroupPostsFileIsReadByMembersOnly() {
        Person owner = People.employee();
        Person member = People.employee();
        Person outsider = People.employee();
        long group = Groups.create(owner, "private");
        Groups.add(owner, group, member);
        long upload = Uploads.upload(owner, "begroting.pdf", Uploads.PDF);
        long post = Posts.publish(owner, "De begroting voor volgend jaar", Map.of("groupId", group,
                "attachmentIds", List.of(upload)));
        Uploads.downloadAs(member).get("/api/attachments/" + upload).then().statusCode(200);
        Uploads.downloadAs(outsider).get("/api/attachments/" + upload).then().statusCode(404)
                .body("status", equalTo(404));
        Api.anonymous().accept("*/*").get("/api/attachments/" + upload).then().statusCode(401);
        Groups.remove(owner, group, member);
        Uploads.downloadAs(member).get("/api/attachments/" + upload).then().statusCode(404);
        Api.as(owner).get("/api/posts/" + post).then().body("attachments", hasSize(1));
    }

    @Test
    void aRemovedPostsFilesAreGone() {
        Person author = People.employee();
        long upload = Uploads.upload(author, "oud.pdf", Uploads.PDF);
        long post = Posts.publish(author, "Wordt zo verwijderd", Map.of("attachmentIds", List.of(upload)));
        Api.as(author).delete("/api/posts/" + post).then().statusCode(204);
        Uploads.downloadAs(author).get("/api/attachments/" + upload).then().statusCode(404);
        Api.as(author).get("/api/posts/" + post).then().statusCode(200).body("attachments", empty());
    }

    @Test
    void someoneElsesUploadCannotBeAttachedNorRead() {
        Person uploader = People.employee();
        Person other = People.employee();
        long upload = Uploads.upload(uploader, "concept.pdf", Uploads.PDF);
        Uploads.downloadAs(uploader).get("/api/attachments/" + upload).then().statusCode(200);
        Uploads.downloadAs(other).get("/api/attachments/" + upload).then().statusCode(404);
        Api.as(other).body(Map.of("body", "Met andermans bestand", "attachmentIds", List.of(upload)))
                .post("/api/posts").then().statusCode(422).body("errors[0].field", equalTo("attachmentIds"));
        Api.as(other).queryParam("author", other.username()).get("/api/posts").then().body("items", empty());
        Api.as(uploader).body(Map.of("body", "Met een onbekend bestand", "attachmentIds", List.of(upload,
                Long.MAX_VALUE))).post("/api/posts").then().statusCode(422);
        Api.as(uploader).body("{\"body\": \"Met een leeg id\", \"attachmentIds\": [null]}").post("/api/posts")
                .then().statusCode(422).body("errors[0].field", containsString("attachmentIds"));
        long post = Posts.publish(uploader, "Met mijn bestand", Map.of("attachmentIds", List.of(upload)));
        Api.as(uploader).body(Map.of("body", "Nogmaals hetzelfde bestand", "attachmentIds", List.of(upload)))
                .post("/api/posts").then().statusCode(422);
        Api.as(uploader).get("/api/posts/" + post).then().body("attachments.id", contains((int) upload));
    }

    @Test
    void theAuthorTakesAFileOffAndTheUploaderAWaitingUpload() {
        Person author = People.employee();
        Person colleague = People.employee();
        long kept = Uploads.upload(author, "blijft.pdf", Uploads.PDF);
        long removed = Uploads.upload(author, "weg.pdf", Uploads.PDF);
        long post = Posts.publish(author, "Twee bestanden", Map.of("attachmentIds", List.of(kept, removed)));
        Api.as(colleague).delete("/api/attachments/" + removed).then().statusCode(403);
        Api.as(author).delete("/api/attachments/" + removed).then().statusCode(204);
        Api.as(author).get("/api/posts/" + post).then().body("attachments.id", contains((int) kept));
        Uploads.downloadAs(author).get("/api/attachments/" + removed).then().statusCode(404);
        long waiting = Uploads.upload(author, "wacht.pdf", Uploads.PDF);
        Api.as(colleague).delete("/api/attachments/" + waiting).then().statusCode(404);
        Api.as(author).delete("/api/attachments/" + waiting).then().statusCode(204);
        Api.as(author).delete("/api/attachments/" + waiting).then().statusCode(404);
    }

    @Test
    void uploadsNoPostNamedWithinADayArePurged() {
        Person author = People.employee();
        long waiting = Uploads.upload(author, "vergeten.pdf", Uploads.PDF);
        long attached = Uploads.upload(author, "gebruikt.pdf", Uploads.PDF);
        Posts.publish(author, "Met één bestand", Map.of("attachmentIds", List.of(attached)));
        purge.purgeBefore(Instant.now().minus(1, ChronoUnit.HOURS));
        Uploads.downloadAs(author).get("/api/attachments/" + waiting).then().statusCode(200);
        purge.purgeBefore(Instant.now().plus(1, ChronoUnit.MINUTES));
        Uploads.downloadAs(author).get("/api/attachments/" + waiting).then().statusCode(404);
        Uploads.downloadAs(author).get("/api/attachments/" + attached).then().statusCode(200);
    }

    @Test
    void theMailIntakeAttachesFilesInItsOwnTransactionOrNothing() {
        Person author = People.employee();
        long post = Posts.publish(author, "Doorgestuurd per mail");
        long authorId = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select id from account where username = ?1").setParameter(1, author.username()).getSingleResult())
                .longValue());
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> attachFiles.attachNew(post, authorId,
                List.of(new IncomingFile("../../bijlage.pdf", Uploads.PDF),
                        new IncomingFile("notitie", "Tot morgen".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(2, ids.size());
        Api.as(author).get("/api/posts/" + post).then()
                .body("attachments.filename", contains("bijlage.pdf", "notitie"))
                .body("attachments.contentType", contains("application/pdf", "text/plain"));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> QuarkusTransaction.requiringNew()
                .call(() -> attachFiles.attachNew(post, authorId, List.of(new IncomingFile("ok.pdf", Uploads.PDF),
                        new IncomingFile("leeg.txt", new byte[0])))));
        assertEquals("attachments", refused.errors().get(0).field());
        InvalidInput tooLarge = assertThrows(FileTooLarge.class, () -> QuarkusTransaction.requiringNew()
                .call(() -> attachFiles.attachNew(post, authorId, List.of(new IncomingFile("groot.bin",
                        new byte[MAX_SIZE + 1])))));
        assertEquals("attachments", tooLarge.errors().get(0).field());
        Api.as(author).get("/api/posts/" + post).then().body("attachments", hasSize(2));
    }

    @Test
    void theOpenApiDocumentDescribesUploadsAndDownloads() {
        String document = io.restassured.RestAssured.given().auth().oauth2(People.adminToken())
                .accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath openApi = io.restassured.path.json.JsonPath.from(document);
        Map<String, Object> publish = openApi.getMap("paths.'/api/posts'.post.requestBody.content");
        assertEquals(java.util.Set.of("application/json", "multipart/form-data"), publish.keySet());
        assertEquals("#/components/schemas/FileForm", openApi.getMap(
                "paths.'/api/attachments'.post.requestBody.content.'multipart/form-data'.schema").get("$ref"));
        assertEquals("binary", openApi.getString("components.schemas.FileForm.properties.file.items.format"));
        assertEquals("binary", openApi.getString("components.schemas.NewPostForm.properties.file.items.format"));
        assertEquals("binary", openApi.getString(
                "paths.'/api/attachments/{id}'.get.responses.'200'.content.'*/*'.schema.format"));
        assertEquals("413", openApi.getMap("paths.'/api/attachments'.post.responses").keySet().stream()
                .filter("413"::equals).findFirst().orElse(""));
    }

    /**
     * Sends the start of a request and reads what is answered before the rest of the body is sent: the head, and the
     * body as far as it came within a second (RawHttp reads to the end, which never comes while a body is owed).
     */
    private static String headOfAnswer(String request) {
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.http.test-port",
                Integer.class);
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long until = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < until) {
                int n;
                try {
                    n = socket.getInputStream().read(buffer);
                } catch (java.net.SocketTimeoutException e) {
                    if (read.size() > 0) {
                        break;
                    }
                    continue;
                } catch (java.net.SocketException e) {
                    break;
                }
                if (n < 0) {
                    break;
                }
                read.write(buffer, 0, n);
            }
            return read.toString(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long filesOf(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from post_attachment a join account u on u.id = a.uploader_id where u.username = ?1")
                .setParameter(1, person.username()).getSingleResult()).longValue());
    }
}
