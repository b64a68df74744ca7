package nl.relay.testing;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Makes alerts and reads their matches through the API. */
public final class Alerts {

    private Alerts() {
    }

    /** An instant alert that notifies in the app. */
    public static long create(Person owner, String query) {
        return create(owner, query, Map.of());
    }

    public static long create(Person owner, String query, Map<String, Object> fields) {
        Map<String, Object> request = new HashMap<>(fields);
        request.putIfAbsent("name", "Alert " + query);
        request.put("query", query);
        return ((Number) Api.as(owner).body(request).post("/api/alerts").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    /** The ids of the posts the alert matched that the reader may see, newest first (the first 100). */
    public static List<Long> matches(Person reader, long alert) {
        JsonPath page = Api.as(reader).get("/api/alerts/" + alert + "/matches?limit=100").then().statusCode(200)
                .extract().jsonPath();
        return page.getList("items.id", Number.class).stream().map(Number::longValue).toList();
    }

    /** The alert notifications the person has about this post. */
    public static List<Map<String, Object>> notices(Person person, long post) {
        List<Map<String, Object>> items = Api.as(person).get("/api/notifications?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(n -> "alert".equals(n.get("type")) && n.get("post") != null
                && ((Number) ((Map<?, ?>) n.get("post")).get("id")).longValue() == post).toList();
    }
}
