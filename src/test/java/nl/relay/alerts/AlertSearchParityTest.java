package nl.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.relay.platform.outbox.OutboxWorker;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Wait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One rule: a query means the same in search as in an alert. Every labelled query of the alert corpus, and more
 * that stretch the grammar (operator precedence, nested exclusions, phrases across a sentence end, stacked word
 * forms inside phrases), is saved as an alert before the corpus is published; then the alert's matches and the
 * search's hits over the corpus must be the same set of posts.
 */
@QuarkusTest
class AlertSearchParityTest {

    /** A phrase no post has, as one sentence ends in its middle: both must find nothing. */
    private static final String ACROSS_A_SENTENCE_END = "\"goede raad van bestuur\"";

    /** Queries beyond the labelled ones, where a translation to another engine would most easily go astray. */
    private static final List<String> STRETCHING = List.of(
            "ING OR Rabobank reorganisatie",
            "ING reorganisatie OR Philips",
            "(ING OR Rabobank) -(kind:signal OR kind:vacancy)",
            "reorganisatie AND NOT (ING OR Philips)",
            ACROSS_A_SENTENCE_END,
            "\"goede raad\" bestuur",
            "\"candidates warm\"",
            "\"java developers\"",
            "HR-directeur",
            "\"hr directeur\"",
            "\"financiële administratie\"",
            "ING'ers",
            "client:ING kind:vacancy OR kind:signal",
            "(kind:vacature OR kind:kandidaat) (developer OR ontwikkelaar)",
            "+ING -reorganisatie",
            "\"raad van\" commissarissen",
            "author:{ozlem} (vacatures OR reorganisaties)",
            "group:{group} -techniek",
            "sector:ict OR sector:zorg",
            // Dutch field names and kinds, in any case, mean what the English ones do.
            "klant:\"ING Groep\" AND soort:vacature",
            "KLANT:rabo Soort:signaal",
            "(soort:vacancy OR soort:kandidaat) klant:philips",
            "auteur:{ozlem} -soort:notitie",
            "onderwerp:#fintech OR onderwerp:zorg",
            "groep:techniek -soort:signaal",
            "Groep:{group} auteur:\"Pieter-Jan Smit\"",
            "sector:zorg -klant:\"CB Noord\"");

    @Inject
    OutboxWorker outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyQueryFindsInSearchExactlyWhatItsAlertMatches() {
        AlertCorpus.Cast cast = AlertCorpus.cast();
        Person reader = People.employee();
        List<String> queries = Stream.concat(AlertCorpusTest.LABELLED.stream().map(l -> l.queryFor(cast)),
                STRETCHING.stream().map(q -> q.replace("{ozlem}", cast.username(AlertCorpus.Author.OZLEM))
                        .replace("{group}", Long.toString(cast.groupId()))))
                .distinct().toList();
        List<Long> alerts = queries.stream().map(query -> createAlert(reader, query)).toList();
        Map<String, Long> corpus = cast.publish();
        awaitMatchingAndIndexing(corpus.values());
        Set<Long> corpusIds = Set.copyOf(corpus.values());
        Map<Long, String> keys = corpus.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        List<Executable> checks = new ArrayList<>();
        List<String> matchingNothing = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i);
            Set<String> matched = keysOf(alertMatches(reader, alerts.get(i)), corpusIds, keys);
            Set<String> found = keysOf(searchHits(reader, query), corpusIds, keys);
            if (matched.isEmpty() && !query.equals(ACROSS_A_SENTENCE_END)) {
                matchingNothing.add(query);
            }
            checks.add(() -> assertEquals(matched, found, query));
        }
        assertAll(checks);
        assertEquals(List.of(), matchingNothing, "every query matches some corpus post, so no agreement is empty");
    }

    private static Set<String> keysOf(Collection<Long> ids, Set<Long> corpusIds, Map<Long, String> keys) {
        return ids.stream().filter(corpusIds::contains).map(keys::get).collect(Collectors.toCollection(TreeSet::new));
    }

    private static long createAlert(Person owner, String query) {
        return ((Number) Api.as(owner).body(Map.of("name", "Parity " + query, "query", query, "channels", List.of()))
                .post("/api/alerts").then().statusCode(201).extract().path("id")).longValue();
    }

    private void awaitMatchingAndIndexing(Collection<Long> posts) {
        outbox.drain();
        Wait.until(() -> waitingTasks(posts) == 0);
    }

    private long waitingTasks(Collection<Long> posts) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from outbox_task where kind in "
                        + "('post.match-alerts', 'post.index') and subject_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", posts.toArray()));
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> alertMatches(Person reader, long alert) {
        return pages(reader, "/api/alerts/" + alert + "/matches", "items.id", Map.of());
    }

    private static List<Long> searchHits(Person reader, String query) {
        return pages(reader, "/api/search", "items.post.id", Map.of("q", query));
    }

    private static List<Long> pages(Person reader, String path, String ids, Map<String, String> parameters) {
        List<Long> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(reader).queryParam("limit", 100).queryParams(parameters);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            page.getList(ids, Number.class).forEach(id -> all.add(id.longValue()));
            cursor = page.getString("next");
        } while (cursor != null);
        return all;
    }
}
