package nl.relay.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.relay.testing.People;
import org.junit.jupiter.api.Test;

/**
 * The insight benchmark (run with {@code ./mvnw -Pbench verify -Dtest=InsightBench}): seeds 40,000 people and
 * 1,000,000 posts over two years straight into the database with set-based SQL (a third of them replies, one in
 * twenty thread starts addressed to five people with must-read receipts, a fifth in 40 groups of 250 members,
 * likes), then times GET /api/admin/insight for the default 12 weeks and for two years. Sizes:
 * {@code -Dbench.insight.people=4000 -Dbench.insight.posts=100000} for a quick run. Writes
 * target/bench/insight.md.
 */
@QuarkusTest
class InsightBench {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void measure() throws Exception {
        int people = Integer.getInteger("bench.insight.people", 40_000);
        int posts = Integer.getInteger("bench.insight.posts", 1_000_000);
        long seeding = System.nanoTime();
        seed(people, posts);
        double seconds = (System.nanoTime() - seeding) / 1e9;
        String token = People.adminToken();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        StringBuilder report = new StringBuilder("# Insight benchmark\n\n")
                .append("%d people, %d posts over two years (seeded in %.0f s). GET /api/admin/insight (and two of its CSVs) as an admin, "
                        .formatted(people, posts, seconds))
                .append("%d runs after %d warm-up runs, one at a time.\n\n".formatted(RUNS, WARM_UP))
                .append("| period | median ms | p95 ms | max ms |\n|---|---|---|---|\n");
        String twoYears = "?from=" + today.minusYears(2).plusDays(1) + "&to=" + today;
        for (Map.Entry<String, String> period : List.of(Map.entry("12 weeks (default)", ""),
                Map.entry("2 years", twoYears), Map.entry("12 weeks, one CSV (activity.csv)", "/activity.csv"),
                Map.entry("2 years, one CSV (topics.csv)", "/topics.csv" + twoYears))) {
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                long start = System.nanoTime();
                RestAssured.given().auth().oauth2(token).get("/api/admin/insight" + period.getValue()).then()
                        .statusCode(200);
                if (run >= WARM_UP) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            Collections.sort(times);
            report.append("| %s | %.0f | %.0f | %.0f |\n".formatted(period.getKey(), times.get(times.size() / 2),
                    times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1)));
        }
        report.append("\n").append(BenchReport.environment(dataSource)).append('\n');
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "insight.md"), report.toString());
        System.out.println(report);
    }

    private void seed(int people, int posts) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("select setseed(0.2020)");
            sql.execute("insert into account (username, display_name, email, password_hash, roles, search_text) "
                    + "select 'insight' || g, 'Collega ' || g, 'insight' || g || '@example.nl', 'x', '{employee}', "
                    + "'insight' || g from generate_series(1, " + people + ") g");
            sql.execute("create temporary table bench_people as select id, row_number() over (order by id) as n "
                    + "from account where username like 'insight%'");
            sql.execute("insert into relay_group (name, name_key, visibility, created_by) select 'Insight groep ' "
                    + "|| g, 'insight groep ' || g, case when g % 2 = 0 then 'private' else 'public' end, "
                    + "(select min(id) from bench_people) from generate_series(1, 40) g");
            sql.execute("create temporary table bench_groups as select id, row_number() over (order by id) as n "
                    + "from relay_group where name like 'Insight groep %'");
            sql.execute("insert into group_member (group_id, account_id, role) select g.id, p.id, 'member' "
                    + "from bench_groups g join bench_people p on p.n % 40 = g.n - 1 and p.n <= 10000");
            // Thread starts first, then replies to random earlier starts; times spread over two years.
            int roots = posts * 2 / 3;
            sql.execute("""
                    with ids as (select nextval('post_id_seq') as id, g from generate_series(1, %d) g)
                    insert into post (id, author_id, body, kind, group_id, thread_id, created_at)
                    select ids.id, p.id, 'Bericht ' || g || ' over #onderwerp' || (g %% 300),
                           case when g %% 10 = 0 then 'question' else 'note' end,
                           case when g %% 5 = 0 then (select id from bench_groups where n = 1 + g %% 40) end,
                           ids.id, now() - random() * interval '730 days'
                    from ids join bench_people p on p.n = 1 + (cast(g as bigint) * 7919) %% %d
                    """.formatted(roots, people));
            sql.execute("create temporary table bench_roots as select id, group_id, created_at, "
                    + "row_number() over (order by id) as n from post where body like 'Bericht %'");
            sql.execute("""
                    insert into post (author_id, body, group_id, in_reply_to, thread_id, created_at)
                    select p.id, 'Reactie ' || g, r.group_id, r.id, r.id, r.created_at + random() * interval '3 days'
                    from generate_series(1, %d) g
                    join bench_roots r on r.n = 1 + (cast(g as bigint) * 104729) %% %d
                    join bench_people p on p.n = 1 + (cast(g as bigint) * 15485863) %% %d
                    """.formatted(posts - roots, roots, people));
            sql.execute("insert into post_topic (post_id, topic) select id, 'onderwerp' || (id % 300) from post "
                    + "where body like 'Bericht %'");
            sql.execute("""
                    insert into post_mention (post_id, account_id)
                    select distinct r.id, p.id from bench_roots r cross join generate_series(1, 5) k
                    join bench_people p on p.n = 1 + (r.n * 31 + k * 997) %% %d
                    where r.n %% 20 = 0
                    """.formatted(people));
            sql.execute("""
                    insert into notification (recipient_id, type, post_id, must_read, created_at, read_at,
                                              acknowledged_at)
                    select m.account_id, 'mention', m.post_id, true, r.created_at, ack, ack
                    from post_mention m join bench_roots r on r.id = m.post_id
                    cross join lateral (select case when random() < 0.7
                                               then r.created_at + random() * interval '2 days' end as ack) a
                    """);
            sql.execute("""
                    insert into post_like (post_id, account_id, created_at)
                    select distinct on (r.id, p.id) r.id, p.id, r.created_at + interval '1 hour'
                    from bench_roots r join bench_people p on p.n = 1 + (r.n * 13) %% %d where r.n %% 2 = 0
                    """.formatted(people));
            sql.execute("analyze");
        }
    }
}
