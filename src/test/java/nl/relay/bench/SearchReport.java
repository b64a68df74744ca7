package nl.relay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * target/bench/search.md from what the search benchmarks wrote so far: the searches at each archive size
 * (search-queries.json, SearchBench) and POST /api/posts with and without search indexing
 * (search-post-*.json, SearchIndexPostBench and NoSearchIndexPostBench), judged against issue 14's targets.
 * Each of the three writes it when done, so the last one to run leaves the whole report.
 */
final class SearchReport {

    static final Path DIRECTORY = Path.of("target", "bench");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NEWEST = List.of("a", "b", "c", "d");

    private SearchReport() {
    }

    @SuppressWarnings("unchecked")
    static void write() throws Exception {
        Map<String, Object> searches = read("search-queries.json");
        Map<String, Object> withIndex = read("search-post-with-search-index.json");
        Map<String, Object> withoutIndex = read("search-post-without-search-index.json");
        StringBuilder md = new StringBuilder("# Relay search benchmark (issue 14)\n\n");
        StringBuilder verdicts = new StringBuilder("""
                ## Targets

                | target | figure | met |
                |---|---|---|
                """);
        if (searches != null) {
            Map<String, Object> environment = (Map<String, Object>) searches.get("environment");
            md.append("Run %s on %s cores, %s MB memory (JVM heap up to %s MB), Java %s; %s.%n%n".formatted(
                    environment.get("date"), environment.get("cores"), searches.get("memoryTotalMb"),
                    environment.get("maxHeapMb"), environment.get("java"), environment.get("database")));
            md.append("PostgreSQL settings (embedded defaults, as Relay runs): shared_buffers %s, work_mem %s, "
                    .formatted(searches.get("shared_buffers"), searches.get("work_mem")))
                    .append("effective_cache_size %s, random_page_cost %s, default_statistics_target %s, jit %s.%n%n"
                            .formatted(searches.get("effective_cache_size"), searches.get("random_page_cost"),
                                    searches.get("default_statistics_target"), searches.get("jit")));
            md.append(
                    """
                            Each search: GET /api/search, limit 20, as a signed-in employee who is not in the private group
                            (2%% of posts), over one kept-alive connection: %d warm-up requests, then %d timed ones, one at a
                            time (after %d requests of each search before the first size). "matches" counts the posts the reader may see (and all posts, in brackets); "total" is what
                            the first page answers (null above 1,000).

                            """
                            .formatted(50, 200, 150));
            List<Map<String, Object>> sizes = (List<Map<String, Object>>) searches.get("sizes");
            for (Map<String, Object> size : sizes) {
                md.append(sizeTable(size));
            }
            md.append(indexTable(sizes));
            if (!sizes.isEmpty()) {
                Map<String, Object> small = sizes.getFirst();
                Map<String, Object> large = sizes.getLast();
                String largeName = posts(large);
                for (String key : NEWEST) {
                    double p95 = p95(large, key);
                    verdicts.append("| (%s) p95 at %s <= 30 ms | %s ms | %s |%n".formatted(key, largeName, p95,
                            met(p95 <= 30)));
                }
                if (sizes.size() > 1) {
                    for (String key : NEWEST) {
                        double ratio = p95(large, key) / p95(small, key);
                        verdicts.append("| (%s) p95 at %s <= 1.3 x p95 at %s | %s / %s ms = %.2f x | %s |%n".formatted(
                                key, largeName, posts(small), p95(large, key), p95(small, key), ratio,
                                met(ratio <= 1.3)));
                    }
                }
                double relevance = p95(large, "e");
                verdicts.append("| (e) p95 at %s <= 300 ms | %s ms | %s |%n".formatted(largeName, relevance,
                        met(relevance <= 300)));
            }
        }
        if (withIndex != null && withoutIndex != null) {
            double with = (double) ((Map<String, Object>) withIndex.get("postThroughput")).get("p50Ms");
            double without = (double) ((Map<String, Object>) withoutIndex.get("postThroughput")).get("p50Ms");
            verdicts.append("| POST /api/posts p50 with the index within 15%% of without | %s ms with, %s ms "
                    .formatted(with, without)
                    + "without: %.2f x | %s |%n".formatted(with / without,
                            met(with <= 1.15 * without)));
        } else {
            verdicts.append("| POST /api/posts p50 with the index within 15% of without | not measured yet "
                    + "(SearchIndexPostBench and NoSearchIndexPostBench) | |\n");
        }
        md.append(verdicts).append('\n');
        md.append(postTable(withIndex, withoutIndex));
        if (searches != null) {
            List<Map<String, Object>> sizes = (List<Map<String, Object>>) searches.get("sizes");
            if (!sizes.isEmpty()) {
                md.append(plans(sizes.getLast()));
            }
        }
        Files.createDirectories(DIRECTORY);
        Files.writeString(DIRECTORY.resolve("search.md"), md);
        System.out.println(md);
    }

    /**
     * After a POST run: waits 3 s for the outbox, adds to the mode's figures how many of the posts got search terms
     * (all of them with indexing on, none with it off), then writes the report.
     */
    @SuppressWarnings("unchecked")
    static void recordIndexed(javax.sql.DataSource dataSource, String mode) throws Exception {
        Thread.sleep(3000);
        Path file = DIRECTORY.resolve("search-post-" + mode + ".json");
        Map<String, Object> report = JSON.readValue(file.toFile(), Map.class);
        // The posts written through the API (they have a first version; the raw JDBC inserts have none).
        String throughApi = "select count(*) from post p where exists (select 1 from post_version v where v.post_id = p.id)";
        report.put("posts", BenchReport.count(dataSource, throughApi));
        report.put("postsWithSearchTerms",
                BenchReport.count(dataSource, throughApi + " and p.search_terms is not null"));
        JSON.writeValue(file.toFile(), report);
        write();
    }

    @SuppressWarnings("unchecked")
    private static String sizeTable(Map<String, Object> size) {
        Map<String, Object> seeding = (Map<String, Object>) size.get("seeding");
        StringBuilder md = new StringBuilder("## %s posts%n%n".formatted(posts(size)));
        md.append("Loaded in %s s (COPY with the terms computed in Java), word index built in %s s, vacuum analyze "
                .formatted(seeding.get("loadSeconds"), seeding.get("indexSeconds")))
                .append("%s s.%n%n".formatted(seeding.get("vacuumAnalyzeSeconds")));
        md.append(
                "| | search | q | p50 ms | p95 ms | p99 ms | matches (all) | total |\n|---|---|---|---|---|---|---|---|\n");
        Map<String, Object> queries = (Map<String, Object>) size.get("queries");
        queries.forEach((key, value) -> {
            Map<String, Object> q = (Map<String, Object>) value;
            md.append("| (%s) | %s | `%s` | %s | %s | %s | %,d (%,d) | %s |%n".formatted(key, q.get("description"),
                    ((String) q.get("request")).replace("GET /api/search?limit=20&", ""), q.get("p50Ms"),
                    q.get("p95Ms"), q.get("p99Ms"), ((Number) q.get("matches")).longValue(),
                    ((Number) q.get("matchesAnyone")).longValue(), q.get("totalOnFirstPage")));
        });
        return md.append('\n').toString();
    }

    @SuppressWarnings("unchecked")
    private static String indexTable(List<Map<String, Object>> sizes) {
        StringBuilder md = new StringBuilder(
                """
                        ## Index size

                        | posts | GIN index post_search_terms | per million posts | search_terms column data | per million posts | post heap | post with indexes and TOAST |
                        |---|---|---|---|---|---|---|
                        """);
        for (Map<String, Object> size : sizes) {
            Map<String, Object> index = (Map<String, Object>) size.get("index");
            md.append("| %s | %s MB | %s MB | %s MB | %s MB | %s MB | %s MB |%n".formatted(posts(size),
                    index.get("ginIndexMb"), index.get("ginIndexMbPerMillion"), index.get("searchTermsColumnMb"),
                    index.get("searchTermsColumnMbPerMillion"), index.get("postHeapMb"),
                    index.get("postTotalWithIndexesAndToastMb")));
        }
        return md.append('\n').toString();
    }

    @SuppressWarnings("unchecked")
    private static String postTable(Map<String, Object> withIndex, Map<String, Object> withoutIndex) {
        StringBuilder md = new StringBuilder("""
                ## POST /api/posts with and without search indexing

                Four clients post for 20 s after 3 s of warm-up, each mode on a fresh database with the test profile's
                settings (fsync off, so the CPU cost of indexing is not hidden behind disk flushes); with the index
                the outbox fills each post's search terms in the background on the same two cores.

                | mode | posts/s | p50 ms | p95 ms | p99 ms | fsync | API posts with search terms 3 s later |
                |---|---|---|---|---|---|---|
                """);
        for (Map<String, Object> report : new Map[]{withIndex, withoutIndex}) {
            if (report != null) {
                Map<String, Object> posts = (Map<String, Object>) report.get("postThroughput");
                md.append("| %s | %s | %s | %s | %s | %s | %s of %s |%n".formatted(report.get("mode"),
                        posts.get("postsPerSecond"), posts.get("p50Ms"), posts.get("p95Ms"), posts.get("p99Ms"),
                        report.get("fsync"), report.get("postsWithSearchTerms"), report.get("posts")));
            }
        }
        return md.append('\n').toString();
    }

    @SuppressWarnings("unchecked")
    private static String plans(Map<String, Object> size) {
        StringBuilder md = new StringBuilder("## Query plans at %s posts%n%n".formatted(posts(size)));
        md.append("EXPLAIN (ANALYZE, BUFFERS) of the SQL SearchPosts runs (values written in; it plans every search "
                + "with its own values), once, after the timed runs: the page, then the first page's count.\n\n");
        Map<String, Object> queries = (Map<String, Object>) size.get("queries");
        queries.forEach((key, value) -> {
            Map<String, Object> q = (Map<String, Object>) value;
            md.append("### (%s) %s%n%ntsquery `%s`%n%n```%n%s```%n%n```%n%s```%n%n".formatted(key, q.get("description"),
                    q.get("tsquery"), q.get("explainPage"), q.get("explainCount")));
        });
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static double p95(Map<String, Object> size, String key) {
        Map<String, Object> query = (Map<String, Object>) ((Map<String, Object>) size.get("queries")).get(key);
        return ((Number) query.get("p95Ms")).doubleValue();
    }

    private static String posts(Map<String, Object> size) {
        return String.format(Locale.ROOT, "%,d", ((Number) size.get("posts")).longValue());
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String name) throws Exception {
        Path file = DIRECTORY.resolve(name);
        return Files.exists(file) ? JSON.readValue(file.toFile(), Map.class) : null;
    }
}
