package nl.relay.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.mime.HttpMultipartMode;

/** Files for upload tests: real formats (detected by their content) and multipart requests as a person. */
public final class Uploads {

    /** The smallest well-formed PDF: Tika knows it by its "%PDF-" signature. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** A page with a script, as someone might upload to run it on Relay's site. */
    public static final byte[] HTML = ("<!DOCTYPE html>\n<html><head><title>Rooster</title></head><body>"
            + "<script>fetch('/api/me')</script><p>Het rooster voor week 12</p></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);
    /** A 1x1 transparent PNG. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private Uploads() {
    }

    /** A multipart request as the person, answering JSON. */
    public static RequestSpecification as(Person person) {
        return given().config(BROWSER_LIKE).auth().oauth2(person.token()).accept(ContentType.JSON);
    }

    /** File names sent as browsers send them: in UTF-8, not as US-ASCII with question marks. */
    public static final RestAssuredConfig BROWSER_LIKE = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    /** A download as the person: any type accepted. */
    public static RequestSpecification downloadAs(Person person) {
        return given().auth().oauth2(person.token()).accept("*/*");
    }

    /** Plain text in Dutch, of a given size. */
    public static byte[] text(int size) {
        byte[] line = "Notulen van het teamoverleg: de planning voor het tweede kwartaal.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = line[i % line.length];
        }
        return bytes;
    }

    /** Uploads a file ahead of its post and answers its id. */
    public static long upload(Person person, String filename, byte[] content) {
        return ((Number) as(person).multiPart("file", filename, content).post("/api/attachments").then()
                .statusCode(201).extract().path("id")).longValue();
    }
}
