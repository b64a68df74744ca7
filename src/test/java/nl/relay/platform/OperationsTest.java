package nl.relay.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/api/me").then().statusCode(401);
        given().auth().oauth2(nl.relay.testing.People.adminToken()).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        JsonPath openApi = given().auth().oauth2(nl.relay.testing.People.adminToken()).accept("application/json")
                .get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        for (String path : List.of("/api/auth/login", "/api/auth/logout", "/api/me", "/api/me/password",
                "/api/accounts", "/api/accounts/{username}", "/api/notifications/stream")) {
            assertTrue(paths.containsKey(path), "missing " + path + " in " + paths.keySet());
        }
        paths.forEach((path, operations) -> operations.forEach((method,
                operation) -> assertTrue(operation.get("summary") != null, method + " " + path + " has no summary")));
        assertTrue(paths.keySet().stream().noneMatch(p -> p.contains("unknown")), "catch-all must be hidden");
    }

    @Test
    void swaggerUiIsServed() {
        given().auth().oauth2(nl.relay.testing.People.adminToken()).get("/q/swagger-ui/").then().statusCode(200);
    }
}
