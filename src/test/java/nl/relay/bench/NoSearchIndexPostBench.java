package nl.relay.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** POST /api/posts with search indexing off ({@code relay.search.index-posts=false}): SearchIndexPostBench's baseline. */
@QuarkusTest
@TestProfile(NoSearchIndexPostBench.NoIndex.class)
class NoSearchIndexPostBench extends SearchPostLoad {

    /** New posts are not indexed for search. */
    public static class NoIndex implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.search.index-posts", "false");
        }
    }

    @Override
    String mode() {
        return "without-search-index";
    }
}
