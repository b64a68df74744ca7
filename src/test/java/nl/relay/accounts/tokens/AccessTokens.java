package nl.relay.accounts.tokens;

import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Person;

/** Makes personal access tokens through the API, signed in as their owner. */
final class AccessTokens {

    private AccessTokens() {
    }

    /** A new token of the person's with these scopes ("read", "write", "admin"): its secret. */
    static String of(Person owner, String... scopes) {
        return Api.as(owner).body(Map.of("name", "script " + String.join("+", scopes), "scopes", List.of(scopes)))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
    }

    /** The id of the person's live token with this name. */
    static long idOf(Person owner, String name) {
        List<Map<String, Object>> tokens = Api.as(owner).get("/api/me/tokens").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return tokens.stream().filter(t -> name.equals(t.get("name"))).map(t -> ((Number) t.get("id")).longValue())
                .findFirst().orElseThrow();
    }
}
