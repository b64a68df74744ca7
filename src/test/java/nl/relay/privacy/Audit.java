package nl.relay.privacy;

import static org.hamcrest.Matchers.lessThan;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;

/** Reads the read audit as the privacy officer would, for the tests. */
final class Audit {

    private static Person officer;

    private Audit() {
    }

    static synchronized Person officer() {
        if (officer == null) {
            officer = People.withRoles("privacy");
        }
        return officer;
    }

    /** The entries (newest first) matching these query parameters. */
    static List<Map<String, Object>> entries(Map<String, ?> query) {
        JsonPath page = Api.as(officer()).queryParams(query).queryParam("limit", 100).get("/api/privacy/audit")
                .then().statusCode(lessThan(300)).extract().jsonPath();
        return page.getList("items");
    }

    static List<Map<String, Object>> ofCandidate(long candidateId, Person reader) {
        return entries(Map.of("candidateId", candidateId, "reader", reader.username()));
    }
}
