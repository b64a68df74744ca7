package nl.relay.posts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignalsTest {

    @Test
    void aSignalAboutAClientCarriesItsType() {
        Person employee = People.employee();
        long client = client("Gemeente Utrecht " + System.nanoTime());
        Api.as(employee).body(Map.of("kind", "signal", "clientId", client, "signalType", "reorganisation",
                "body", "Bij de gemeente gaat de afdeling ICT per 1 maart op de schop."))
                .post("/api/posts").then().statusCode(201)
                .body("kind", equalTo("signal")).body("signalType", equalTo("reorganisation"))
                .body("client.id", equalTo((int) client));
    }

    @Test
    void aSignalWithoutClientOrTypeIsRefusedAndNothingStored() {
        Person employee = People.employee();
        long client = client("Prorail " + System.nanoTime());
        Api.as(employee).body(Map.of("kind", "signal", "signalType", "leaving", "body", "Hoofd inkoop vertrekt."))
                .post("/api/posts").then().statusCode(422).body("errors.field", hasItem("clientId"));
        Api.as(employee).body(Map.of("kind", "signal", "clientId", client, "body", "Er is iets veranderd."))
                .post("/api/posts").then().statusCode(422).body("errors.field", hasItem("signalType"));
        Api.as(employee).body(Map.of("kind", "signal", "clientId", client, "signalType", "ontslag",
                "body", "Er gaan mensen weg.")).post("/api/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("signalType"))
                .body("errors[0].message", containsString("new-manager"));
        Api.as(employee).body(Map.of("kind", "note", "clientId", client, "signalType", "growth",
                "body", "Ze groeien hard.")).post("/api/posts").then().statusCode(422)
                .body("errors.field", hasItem("signalType"));
        Api.as(employee).body(Map.of("clientId", client, "signalType", List.of("growth"), "body", "Lijst."))
                .post("/api/posts").then().statusCode(422);
        Api.as(employee).queryParam("author", employee.username()).get("/api/posts").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void archivedAndMergedClientsTakeNoNewPosts() {
        Person employee = People.employee();
        long archived = client("Blokker " + System.nanoTime());
        Api.as(People.admin()).put("/api/clients/" + archived + "/archive").then().statusCode(204);
        Api.as(employee).body(Map.of("kind", "signal", "clientId", archived, "signalType", "complaint",
                "body", "Klacht over de planning.")).post("/api/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("clientId")).body("errors[0].message", containsString("archived"));

        String survivorName = "Rijkswaterstaat " + System.nanoTime();
        long survivor = client(survivorName);
        long merged = client("RWS " + System.nanoTime());
        Api.as(People.admin()).body(Map.of("clientId", merged)).post("/api/clients/" + survivor + "/merge").then()
                .statusCode(200);
        Api.as(employee).body(Map.of("clientId", merged, "body", "Nieuwe aanbesteding dijkversterking."))
                .post("/api/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("clientId"))
                .body("errors[0].message", containsString(survivorName));
        Api.as(employee).queryParam("author", employee.username()).get("/api/posts").then().statusCode(200)
                .body("items", hasSize(0));
    }

    private static long client(String name) {
        return ((Number) Api.as(People.recruiter()).body(Map.of("name", name, "aliases", List.of(),
                "sectorCode", "government")).post("/api/clients").then().statusCode(201).extract().path("id"))
                .longValue();
    }
}
