package nl.relay.bench;

/** POST /api/posts as the search report measures it: with or without indexing, reported side by side. */
abstract class SearchPostLoad extends PostDurabilityLoad {

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
