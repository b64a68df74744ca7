package nl.relay.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A method a path does not accept answers 405 with an Allow header naming exactly the ones it does. */
@QuarkusTest
class MethodNotAllowedTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "PUT    | /api/posts                    | GET, HEAD, OPTIONS, POST",
            "DELETE | /api/me                       | GET, HEAD, OPTIONS",
            "PATCH  | /api/auth/login               | OPTIONS, POST",
            "GET    | /api/auth/login               | OPTIONS, POST",
            "POST   | /api/posts/12                 | DELETE, GET, HEAD, OPTIONS, PATCH",
            "PUT    | /api/posts/12/ack             | OPTIONS, POST",
            "DELETE | /api/me/preferences           | GET, HEAD, OPTIONS, PUT",
            "PATCH  | /api/groups/3/members/me      | DELETE, OPTIONS, PUT",
            "DELETE | /api/alerts/preview/matches   | GET, HEAD, OPTIONS",
            "DELETE | /login                        | GET, HEAD, OPTIONS, POST",
            "PUT    | /feeds/alerts/7.atom          | GET, HEAD, OPTIONS"})
    void aWrongMethodNamesTheMethodsThePathAccepts(String method, String path, String allow) {
        Response response = Api.as(People.adminToken()).request(method, path);

        assertEquals(405, response.statusCode(), response.asString());
        assertEquals("application/problem+json", response.contentType());
        assertEquals(methods(allow), methods(response.header("Allow")), method + " " + path);
    }

    @Test
    void optionsNamesTheMethodsOfThatPathOnly() {
        Response response = given().options("/api/posts");

        assertEquals(methods("GET, HEAD, OPTIONS, POST"), methods(response.header("Allow")));
    }

    private static Set<String> methods(String header) {
        return header == null
                ? Set.of()
                : Arrays.stream(header.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }
}
