package nl.relay.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * POST /api/posts with search indexing on (the outbox fills each new post's search terms within a second), against
 * NoSearchIndexPostBench: the same load, the same database settings (the test profile's), indexing off.
 */
@QuarkusTest
@TestProfile(SearchIndexPostBench.Indexing.class)
class SearchIndexPostBench extends SearchPostLoad {

    /** Indexing on, as by default; a profile of its own gives it a fresh database, apart from SearchBench's archive. */
    public static class Indexing implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.search.index-posts", "true");
        }
    }

    @Override
    String mode() {
        return "with-search-index";
    }
}
