package nl.relay.bench;

import io.quarkus.test.junit.QuarkusTest;

/**
 * POST /api/posts with search indexing on (the outbox fills each new post's search terms within a second), against
 * NoSearchIndexPostBench: the same load, the same database settings (the test profile's), indexing off.
 */
@QuarkusTest
class SearchIndexPostBench extends PostDurabilityLoad {

    @Override
    String mode() {
        return "with-search-index";
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
