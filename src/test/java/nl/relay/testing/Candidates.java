package nl.relay.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Offers candidates through the API, as a recruiter would: a realistic profile, each person unique. */
public final class Candidates {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Candidates() {
    }

    /** A unique token for names, mails, phones and skills, so tests never meet each other's candidates. */
    public static long unique() {
        return SEQUENCE.incrementAndGet();
    }

    /** An offer's body: a Java developer in Utrecht, the person unique; {@code changes} replace fields. */
    public static Map<String, Object> body(Map<String, Object> changes) {
        long n = unique();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Ervaren Java-ontwikkelaar met oog voor kwaliteit");
        body.put("summary", "Werkte acht jaar aan betaalsystemen bij een bank; zoekt een team dat test-first werkt.");
        body.put("skills", List.of("java", "spring"));
        body.put("seniority", "senior");
        body.put("availableFrom", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30).toString());
        body.put("hoursPerWeek", 32);
        body.put("region", "utrecht-stad");
        body.put("rate", 85);
        body.put("contractTypes", List.of("interim", "freelance"));
        body.put("person", Map.of("name", "Sanne Kandidaat" + n, "email", "sanne" + n + "@voorbeeld.nl",
                "phone", "06 " + (10_000_000 + n % 89_999_999)));
        body.put("consent", Map.of("given", true, "informedAt", "2026-11-20T10:00:00Z", "informedHow", "phone",
                "source", "own-network"));
        body.putAll(changes);
        return body;
    }

    /** The owner grants a colleague access to the person: what proposing someone else's candidate takes. */
    public static void grant(Person owner, long candidate, Person colleague) {
        Api.as(owner).put("/api/candidates/" + candidate + "/access/" + colleague.username()).then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    /** Offers a candidate and answers its id. */
    public static long offer(Person recruiter, Map<String, Object> changes) {
        return ((Number) Api.as(recruiter).body(body(changes)).post("/api/candidates").then().statusCode(201)
                .extract().path("id")).longValue();
    }
}
