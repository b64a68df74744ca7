package nl.relay.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.posts.PostVisibility;
import nl.relay.search.query.Lexemes;
import nl.relay.search.query.SearchQuery;
import org.junit.jupiter.api.Test;

/**
 * The search benchmark of issue 14 (run with {@code ./mvnw -Pbench verify}): loads 1,000,000 generated posts
 * (SearchArchive), measures five searches through GET /api/search as a signed-in employee, grows the archive to
 * 5,000,000 and measures again, in one run. Sizes: {@code -Dbench.search.sizes=50000,100000} for a quick run.
 * Writes target/bench/search-queries.json; SearchReport turns it (with the POST figures of SearchIndexPostBench and
 * NoSearchIndexPostBench) into target/bench/search.md.
 */
@QuarkusTest
class SearchBench {

    private static final int WARM_UP = 50;
    /** Requests of each search before the first size is measured, so the JIT has compiled the request path. */
    private static final int FIRST_WARM_UP = 150;
    private static final int RUNS = 200;
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(null|\\d+)");
    private static final Pattern HIT_ID = Pattern.compile("\"post\":\\{\"id\":(\\d+)");

    /** One search of the issue: its letter, what it is, its request parameters, and its q and kind as SQL sees. */
    record Case(String key, String description, String q, String kind, String sort) {

        String path() {
            StringBuilder path = new StringBuilder("/api/search?limit=20&q=").append(encode(q));
            if (kind != null) {
                path.append("&kind=").append(kind);
            }
            if (sort != null) {
                path.append("&sort=").append(sort);
            }
            return path.toString();
        }
    }

    static final List<Case> CASES = List.of(
            new Case("a", "selective: a client's name, newest first",
                    "client:\"" + SearchArchive.RARE_CLIENT + "\"", null, null),
            new Case("b", "common word (~20% of posts), newest first", "kandidaat", null, null),
            new Case("c", "two-word AND with a filter (kind=vacancy), newest first", "java utrecht", "vacancy", null),
            new Case("d", "phrase, newest first", "\"raad van bestuur\"", null, null),
            new Case("e", "relevance sort on (b)", "kandidaat", null, "relevance"));

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PostVisibility visibility;

    private KeepAliveClient http;

    @Test
    void measure() throws Exception {
        http = new KeepAliveClient("localhost", RestAssured.port);
        List<Long> sizes = Arrays.stream(System.getProperty("bench.search.sizes", "1000000,5000000").split(","))
                .map(String::strip).map(Long::parseLong).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", BenchReport.environment(dataSource));
        for (String setting : List.of("shared_buffers", "work_mem", "effective_cache_size", "random_page_cost",
                "default_statistics_target", "jit")) {
            report.put(setting, BenchReport.setting(dataSource, setting));
        }
        report.put("memoryTotalMb", memoryTotalMb());
        SearchArchive archive = new SearchArchive(dataSource);
        String readerName = archive.people(BcryptUtil.bcryptHash(ArchiveSeed.PASSWORD, 10));
        long reader = BenchReport.count(dataSource, "select id from account where username = '" + readerName + "'");
        String token = login(readerName);
        report.put("archive", archive.shape());
        List<Map<String, Object>> measured = new ArrayList<>();
        report.put("sizes", measured);
        for (long size : sizes) {
            Map<String, Object> atSize = new LinkedHashMap<>();
            atSize.put("posts", size);
            atSize.put("seeding", archive.postsUpTo(size));
            atSize.put("index", indexSize(size));
            Map<String, Object> queries = new LinkedHashMap<>();
            if (measured.isEmpty()) {
                for (Case c : CASES) {
                    for (int i = 0; i < FIRST_WARM_UP; i++) {
                        get(c.path(), token);
                    }
                }
            }
            atSize.put("loadAverageBefore", loadAverage());
            for (Case c : CASES) {
                queries.put(c.key(), measure(c, token, reader));
                System.out.printf("bench: %,d posts, (%s) %s%n", size, c.key(), queries.get(c.key()));
            }
            atSize.put("loadAverageAfter", loadAverage());
            atSize.put("queries", queries);
            measured.add(atSize);
            write(report);
        }
        SearchReport.write();
    }

    private Map<String, Object> measure(Case c, String token, long reader) throws Exception {
        String path = c.path();
        KeepAliveClient.Response first = get(path, token);
        for (int i = 0; i < WARM_UP; i++) {
            get(path, token);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            KeepAliveClient.Response response = get(path, token);
            latencies.record(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("description", c.description());
        result.put("request", "GET " + path);
        result.putAll(latencies.summary());
        Matcher total = TOTAL.matcher(first.body());
        result.put("totalOnFirstPage", total.find() ? total.group(1) : "absent");
        result.put("hitsOnFirstPage", HIT_ID.matcher(first.body()).results().count());
        SearchQuery parsed = SearchQuery.parse(c.q());
        String tsquery = parsed.tsquery();
        result.put("tsquery", tsquery + (parsed.indexable() == null
                ? ""
                : "`, asked of the index as `"
                        + parsed.indexable()));
        SearchSql sql = new SearchSql(visibility, reader, c, tsquery, parsed.indexable(),
                BenchReport.count(dataSource, "select coalesce(max(id), 0) from post"));
        result.put("matches", BenchReport.count(dataSource, "select count(*)" + sql.matching()));
        result.put("matchesAnyone", BenchReport.count(dataSource, "select count(*) from post p where "
                + "p.search_terms @@ cast('" + literal(tsquery) + "' as tsquery)"));
        result.put("explainPage", explain(sql.page()));
        result.put("explainCount", explain(sql.count()));
        return result;
    }

    /**
     * The SQL SearchPosts runs (its shape, with the values written in), for EXPLAIN: with a query, the kind is a term
     * of the word index; newest first, the page's first window (the newest 100,000 ids and their age terms); the
     * count up to 1,001 in id order, which Relay runs sorted by relevance, or newest first when the windows reached
     * the first post.
     */
    record SearchSql(PostVisibility visibility, long reader, Case c, String tsquery, String indexable, long top) {

        String withKind() {
            return withKind(tsquery);
        }

        String withKind(String words) {
            return c.kind() == null
                    ? words
                    : "(" + words + ") & " + Lexemes.quoted(Lexemes.of(AlertAnalysis.KIND, c.kind()));
        }

        /** The conditions, the word index asked {@code words} (the query, or its looser form, with ages). */
        String matching(String words) {
            String checked = indexable == null
                    ? ""
                    : " and (p.search_terms @@ cast('" + literal(withKind())
                            + "' as tsquery)) is true";
            return " from post p where " + visibility.shownClause("p", Long.toString(reader))
                    + " and p.search_terms @@ cast('" + literal(words) + "' as tsquery)" + checked;
        }

        String matching() {
            return matching(withKind(indexable == null ? tsquery : indexable));
        }

        String page() {
            if (c.sort() == null) {
                long upper = top + 1;
                long lower = Math.max(0, upper - 100_000);
                List<String> ages = new ArrayList<>();
                for (long age = lower / Lexemes.IDS_PER_AGE; age <= top / Lexemes.IDS_PER_AGE; age++) {
                    ages.add(Lexemes.quoted(Lexemes.age(age * Lexemes.IDS_PER_AGE)));
                }
                String words = withKind(indexable == null ? tsquery : indexable);
                String windowed = lower == 0 ? words : "(" + words + ") & (" + String.join(" | ", ages) + ")";
                return "select p.id" + matching(windowed) + " and p.id < " + upper + " and p.id >= " + lower
                        + " order by p.id desc limit 21";
            }
            return "select m.id from (select p.id, p.search_terms" + matching() + " and p.id <= " + top
                    + " order by p.id desc limit 10000) m order by ts_rank_cd(m.search_terms, cast('"
                    + literal(withKind()) + "' as tsquery)) desc, m.id desc offset 0 limit 21";
        }

        String count() {
            return "select count(*) as n from (select 1" + matching() + " order by p.id desc limit 1001) c";
        }
    }

    private String explain(String sql) throws Exception {
        return explain(null, sql);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the SQL, after a setting for this connection only (or none). */
    private String explain(String setting, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            if (setting != null) {
                statement.execute(setting);
                plan.append(setting).append(";\n");
            }
            try (var rows = statement.executeQuery("explain (analyze, buffers) " + sql)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                if (setting != null) {
                    statement.execute("reset all");
                }
            }
        }
        return sql + "\n\n" + plan;
    }

    private Map<String, Object> indexSize(long posts) throws Exception {
        Map<String, Object> index = new LinkedHashMap<>();
        long gin = BenchReport.count(dataSource, "select pg_relation_size('post_search_terms')");
        long column = BenchReport.count(dataSource, "select sum(pg_column_size(search_terms)) from post");
        long heap = BenchReport.count(dataSource, "select pg_relation_size('post')");
        long table = BenchReport.count(dataSource, "select pg_total_relation_size('post')");
        double millions = posts / 1e6;
        index.put("ginIndexMb", mb(gin));
        index.put("ginIndexMbPerMillion", Latencies.round(mb(gin) / millions));
        index.put("searchTermsColumnMb", mb(column));
        index.put("searchTermsColumnMbPerMillion", Latencies.round(mb(column) / millions));
        index.put("postHeapMb", mb(heap));
        index.put("postTotalWithIndexesAndToastMb", mb(table));
        index.put("postsWithoutTerms", BenchReport.count(dataSource,
                "select count(*) from post where search_terms is null"));
        return index;
    }

    private static double loadAverage() {
        return Latencies.round(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private static double mb(long bytes) {
        return Latencies.round(bytes / (1024.0 * 1024.0));
    }

    private static long memoryTotalMb() {
        try {
            for (String line : Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // not Linux: unknown
        }
        return -1;
    }

    private static void write(Map<String, Object> report) throws Exception {
        Files.createDirectories(SearchReport.DIRECTORY);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(SearchReport.DIRECTORY.resolve("search-queries.json").toFile(), report);
    }

    private String login(String username) throws Exception {
        KeepAliveClient.Response response = http.send("POST", "/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + ArchiveSeed.PASSWORD + "\"}");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login: " + response.statusCode() + " " + response.body());
        }
        Matcher matcher = TOKEN.matcher(response.body());
        matcher.find();
        return matcher.group(1);
    }

    private KeepAliveClient.Response get(String path, String token) throws Exception {
        return http.send("GET", path, token, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String literal(String value) {
        return value.replace("'", "''");
    }
}
