package nl.relay.bench;

import io.quarkus.test.junit.QuarkusTest;

/**
 * POST /api/posts with search indexing on (the outbox fills each new post's search terms within a second), against
 * NoSearchIndexPostBench: the same load, the same database settings (the test profile's), indexing off.
 */
@QuarkusTest
class SearchIndexPostBench extends SearchPostLoad {

    @Override
    String mode() {
        return "with-search-index";
    }
}
