package nl.relay.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** POST /api/posts with search indexing off ({@code relay.search.index-posts=false}): SearchIndexPostBench's baseline. */
@QuarkusTest
@TestProfile(NoSearchIndexPostBench.NoIndex.class)
class NoSearchIndexPostBench extends PostDurabilityLoad {

    /** New posts are not indexed for search. */
    public static class NoIndex implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // The switch is not part of SearchConfig's mapping, which would refuse it as unknown.
            return Map.of("relay.search.index-posts", "false");
        }
    }

    @Override
    String mode() {
        return "without-search-index";
    }

    @Override
    String reportName() {
        return "search-post";
    }

    @Override
    String title() {
        return "What search indexing costs POST /api/posts";
    }

    @Override
    void reported() throws Exception {
        SearchReport.recordIndexed(dataSource, mode());
    }
}
