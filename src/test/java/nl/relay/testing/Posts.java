package nl.relay.testing;

import java.util.HashMap;
import java.util.Map;

/** Publishes posts through the API. */
public final class Posts {

    private Posts() {
    }

    public static long publish(Person author, String body) {
        return publish(author, body, Map.of());
    }

    public static long publish(Person author, String body, Map<String, Object> fields) {
        Map<String, Object> request = new HashMap<>(fields);
        request.put("body", body);
        return ((Number) Api.as(author).body(request).post("/api/posts").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    public static long reply(Person author, long inReplyTo, String body) {
        return publish(author, body, Map.of("inReplyTo", inReplyTo));
    }
}
