package nl.relay.recruitment.matches;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.Candidates;
import nl.relay.testing.Person;

/** Candidates, vacancies and clients made through the API for the match tests, with skills no other test uses. */
final class Offers {

    /** A candidate or vacancy by its id and its post. */
    record Offer(long id, long postId) {
    }

    private Offers() {
    }

    /** Skills of this test alone: {@code count} labels sharing a fresh prefix ("cobol-481516-1", ...). */
    static List<String> skills(int count) {
        long n = Candidates.unique();
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "cobol-" + n + "-" + i).toList();
    }

    static Offer candidate(Person recruiter, List<String> skills, String region, int hours) {
        return candidate(recruiter, Map.of("skills", skills, "region", region, "hoursPerWeek", hours));
    }

    static Offer candidate(Person recruiter, Map<String, Object> changes) {
        var answer = Api.as(recruiter).body(Candidates.body(changes)).post("/api/candidates").then().statusCode(201)
                .extract().jsonPath();
        return new Offer(answer.getLong("id"), answer.getLong("postId"));
    }

    static long client(Person recruiter) {
        return ((Number) Api.as(recruiter).body(Map.of("name", "Gemeente Zeist " + Candidates.unique(), "aliases",
                List.of(), "sectorCode", "ict")).post("/api/clients").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    static Offer vacancy(Person recruiter, long clientId, List<String> skills, String region, int hours) {
        return vacancy(recruiter, Map.of("clientId", clientId, "skills", skills, "region", region, "hoursPerWeek",
                hours));
    }

    static Offer vacancy(Person recruiter, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Java-ontwikkelaar");
        body.put("description",
                "Voor het team betalingsverkeer zoeken we een ontwikkelaar die graag test-first werkt.");
        body.put("contractType", "interim");
        body.put("rate", 90);
        body.putAll(changes);
        var answer = Api.as(recruiter).body(body).post("/api/vacancies").then().statusCode(201).extract().jsonPath();
        return new Offer(answer.getLong("id"), answer.getLong("postId"));
    }
}
