package nl.relay.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Clients and vacancies made through the API, as a recruiter would: realistic, each client unique. */
public final class Vacancies {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Vacancies() {
    }

    /** A new client in the directory, named after a real kind of company with a unique number; answers its id. */
    public static long client(Person recruiter, String name) {
        return ((Number) Api.as(recruiter)
                .body(Map.of("name", name + " " + SEQUENCE.incrementAndGet(), "aliases", List.of(),
                        "sectorCode", "ict"))
                .post("/api/clients").then().statusCode(201).extract().path("id")).longValue();
    }

    /** A vacancy's body: a Java developer in Utrecht, 32 hours, interim; {@code changes} replace fields. */
    public static Map<String, Object> body(long clientId, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId);
        body.put("title", "Java-ontwikkelaar betaalplatform");
        body.put("description", "Je bouwt mee aan het nieuwe betaalplatform in een team van zes. Start in januari.");
        body.put("skills", List.of("java", "sql"));
        body.put("region", "utrecht-stad");
        body.put("hoursPerWeek", 32);
        body.put("contractType", "interim");
        body.put("rate", 95);
        body.putAll(changes);
        return body;
    }

    /** Posts a vacancy and answers its id. */
    public static long post(Person recruiter, long clientId, Map<String, Object> changes) {
        return ((Number) Api.as(recruiter).body(body(clientId, changes)).post("/api/vacancies").then()
                .statusCode(201).extract().path("id")).longValue();
    }
}
