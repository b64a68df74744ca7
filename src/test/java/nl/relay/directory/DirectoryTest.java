package nl.relay.directory;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
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
class DirectoryTest {

    @Test
    void theSectorTaxonomyIsSeededInDutchAndEnglish() {
        Person reader = People.employee();
        Api.as(reader).get("/api/sectors").then().statusCode(200)
                .body("$", hasSize(greaterThanOrEqualTo(12)))
                .body("code", hasItem("healthcare"))
                .body("find { it.code == 'healthcare' }.name", equalTo("Zorg en welzijn"))
                .body("find { it.code == 'healthcare' }.names.en", equalTo("Healthcare and welfare"));
        Api.as(reader).header("Accept-Language", "en-GB,en;q=0.9").get("/api/sectors").then()
                .body("find { it.code == 'healthcare' }.name", equalTo("Healthcare and welfare"));
    }

    @Test
    void recruitersAddClientsThatEveryoneFindsByNameOrAlias() {
        Person recruiter = People.recruiter();
        String unique = Long.toString(System.nanoTime() % 1_000_000);
        String name = "Coöperatieve Rabobank " + unique;
        long id = ((Number) Api.as(recruiter)
                .body(Map.of("name", name, "aliases", List.of("Rabo" + unique, "RABO Bank " + unique),
                        "sectorCode", "finance"))
                .post("/api/clients").then().statusCode(201)
                .body("name", equalTo(name))
                .body("aliases", contains("Rabo" + unique, "RABO Bank " + unique))
                .body("sector.code", equalTo("finance"))
                .extract().path("id")).longValue();
        Person reader = People.employee();
        for (String query : List.of("cooperatieve rabobank " + unique, "RABO" + unique, "bank " + unique, "COÖP")) {
            Api.as(reader).queryParam("q", query).get("/api/clients").then().statusCode(200)
                    .body("items.id", hasItem((int) id));
        }
        Api.as(reader).get("/api/clients/" + id).then().statusCode(200).body("sector.name", equalTo(
                "Financiële dienstverlening"));
    }

    @Test
    void employeesCannotWriteClients() {
        Person employee = People.employee();
        Api.as(employee).body(Map.of("name", "Verboden BV", "aliases", List.of(), "sectorCode", "ict"))
                .post("/api/clients").then().statusCode(403);
        long id = client(People.recruiter(), "Toegestaan BV " + System.nanoTime());
        Api.as(employee).body(Map.of("name", "Hernoemd")).patch("/api/clients/" + id).then().statusCode(403);
    }

    @Test
    void clientNamesAreUniqueIgnoringCaseAndAccents() {
        Person recruiter = People.recruiter();
        String name = "Achmea Zorg " + System.nanoTime();
        client(recruiter, name);
        Api.as(recruiter).body(Map.of("name", name.toUpperCase().replace("A", "Á"), "sectorCode", "finance"))
                .post("/api/clients").then().statusCode(409);
    }

    @Test
    void recruitersChangeClients() {
        Person recruiter = People.recruiter();
        long id = client(recruiter, "Oude Naam " + System.nanoTime());
        String renamed = "Nieuwe Naam " + System.nanoTime();
        Api.as(People.admin()).body(Map.of("name", renamed, "aliases", List.of("NN"), "sectorCode", "retail"))
                .patch("/api/clients/" + id).then().statusCode(200)
                .body("name", equalTo(renamed)).body("aliases", contains("NN")).body("sector.code", equalTo("retail"));
        Api.as(recruiter).body(Map.of("aliases", List.of())).patch("/api/clients/" + id).then().statusCode(200)
                .body("name", equalTo(renamed)).body("aliases", hasSize(0));
    }

    @Test
    void badClientsAreRefused() {
        Person recruiter = People.recruiter();
        Api.as(recruiter).body(Map.of("name", "Zonder sector")).post("/api/clients").then().statusCode(422)
                .body("errors[0].field", equalTo("sectorCode"));
        Api.as(recruiter).body(Map.of("name", " ", "sectorCode", "ict")).post("/api/clients").then().statusCode(422);
        Api.as(recruiter).body(Map.of("name", "Onbekende sector", "sectorCode", "ruimtevaart")).post("/api/clients")
                .then().statusCode(422).body("errors[0].field", equalTo("sectorCode"));
        Api.as(recruiter).body(Map.of("name", "Lege alias", "aliases", List.of(""), "sectorCode", "ict"))
                .post("/api/clients").then().statusCode(422);
        Api.as(recruiter).body(Map.of("name", "x".repeat(201), "sectorCode", "ict")).post("/api/clients").then()
                .statusCode(422);
        Api.as(recruiter).body(Map.of("name", "Met id", "sectorCode", "ict", "id", 3)).post("/api/clients").then()
                .statusCode(422);
        Api.as(recruiter).get("/api/clients/999999999").then().statusCode(404);
        Api.as(recruiter).get("/api/clients/abc").then().statusCode(404);
        Api.as(recruiter).body(Map.of("name", "x")).patch("/api/clients/999999999").then().statusCode(404);
    }

    private static long client(Person recruiter, String name) {
        return ((Number) Api.as(recruiter).body(Map.of("name", name, "aliases", List.of(), "sectorCode", "finance"))
                .post("/api/clients").then().statusCode(201).extract().path("id")).longValue();
    }
}
