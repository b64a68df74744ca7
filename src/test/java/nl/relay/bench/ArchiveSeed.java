package nl.relay.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Seeds a realistic archive straight into the database with set-based SQL: accounts, a follow graph,
 * posts with topics, mentions and replies, their first versions, and the home timelines that
 * delivery would have written for them.
 */
public final class ArchiveSeed {

    public static final int ACCOUNTS = 10_000;
    public static final String PASSWORD = "bench-password-2012";
    static final String HEAVY_READER = "bench-heavy";
    private static final int BATCH = 250_000;

    private static final String[] SENTENCES = {
            "Wie kent een goede kandidaat voor deze vacature?",
            "Klant zoekt per direct een ervaren developer voor een project van zes maanden.",
            "Enkele weken terug sprak ik een behandelaar en als vanzelf kwam het gesprek op sociale media.",
            "De afdeling wordt gereorganiseerd, de HR-manager vertrekt na de zomer.",
            "Looking for a senior Java developer with Quarkus experience, Amsterdam or remote.",
            "Kandidaat beschikbaar: verpleegkundige met tien jaar ervaring in de wijkzorg.",
            "Mooie referral binnengekomen via het netwerk van een collega.",
            "Our client is opening a new distribution centre near Tilburg next spring.",
            "Interim controller gezocht voor een zorginstelling in de regio Utrecht.",
            "Wissel online en offline ontmoeting af, dat levert de beste gesprekken op.",
            "The hiring manager asked for shortlists by Friday, can anyone help?",
            "Nieuwe arbeidsvoorwaarden bij de klant: dertig vakantiedagen en een thuiswerkbudget.",
            "Vacature voor een logistiek planner, fulltime, in Venlo.",
            "Signaal: de directeur van onze grootste klant stapt op.",
            "Question: does anyone know the new procurement contact at this client?"
    };
    private static final String[] SUBJECTS = {"vacature", "kandidaat", "ict", "zorg", "finance", "logistiek",
            "bouw", "onderwijs", "overheid", "retail", "techniek", "energie", "juridisch", "marketing", "hr",
            "interim", "referral", "signaal", "developer", "recruitment", "arbeidsmarkt", "werving", "horeca",
            "consultancy", "security"};
    private static final String[] REGIONS = {"amsterdam", "rotterdam", "utrecht", "denhaag", "eindhoven",
            "tilburg", "groningen", "almere", "breda", "nijmegen", "arnhem", "haarlem", "enschede", "venlo",
            "zwolle", "leiden", "maastricht", "delft", "amersfoort", "remote"};

    private final DataSource dataSource;
    private long firstAccount;
    private long heavyReader;

    public ArchiveSeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Accounts (all with the bench password), the follow graph, and the heavy reader's 2,000 follows. */
    public void people(String passwordHash) throws SQLException {
        execute("select setseed(0.2012)");
        execute("insert into account (username, display_name, email, password_hash, roles, search_text) "
                + "select 'bench' || g, 'Bench Collega ' || g, 'bench' || g || '@example.nl', '" + passwordHash
                + "', '{employee}', 'bench' || g || ' bench collega ' || g from generate_series(1, " + ACCOUNTS
                + ") g");
        firstAccount = queryLong("select min(id) from account where username = 'bench1'");
        execute("insert into account (username, display_name, email, password_hash, roles, search_text) values ('"
                + HEAVY_READER + "', 'Drukke Lezer', 'heavy@example.nl', '" + passwordHash + "', '{employee}', '"
                + HEAVY_READER + " drukke lezer')");
        heavyReader = queryLong("select id from account where username = '" + HEAVY_READER + "'");
        // Everyone follows ten colleagues; every fifth person follows one topic.
        execute("insert into follow_account (follower_id, followee_id) select " + firstAccount + " + a, "
                + firstAccount + " + (a + k * 997) % " + ACCOUNTS + " from generate_series(0, " + (ACCOUNTS - 1)
                + ") a, generate_series(1, 10) k");
        execute("insert into follow_topic (follower_id, topic) select " + firstAccount + " + a, "
                + topicExpression("a * 7") + " from generate_series(0, " + (ACCOUNTS - 1) + ", 5) a");
        // The heavy reader follows 1,900 people and 100 topics.
        execute("insert into follow_account (follower_id, followee_id) select " + heavyReader + ", " + firstAccount
                + " + a from generate_series(0, 1899) a");
        execute("insert into follow_topic (follower_id, topic) select distinct " + heavyReader + ", "
                + topicExpression("t * 5") + " from generate_series(0, 99) t");
    }

    /** Adds posts until the archive holds {@code total}, with their topics, mentions, versions and timelines. */
    void postsUpTo(long total) throws SQLException {
        execute("alter table timeline_entry drop constraint if exists timeline_entry_pkey");
        long existing = queryLong("select count(*) from post");
        for (long done = existing; done < total; done += BATCH) {
            long started = System.nanoTime();
            batch(Math.min(BATCH, total - done));
            System.out.printf("bench: %,d posts seeded (batch took %.1f s)%n", Math.min(total, done + BATCH),
                    (System.nanoTime() - started) / 1e9);
        }
        execute("alter table timeline_entry add primary key (account_id, post_id)");
        execute("vacuum analyze");
    }

    long heavyReaderId() {
        return heavyReader;
    }

    public long firstAccountId() {
        return firstAccount;
    }

    private void batch(long size) throws SQLException {
        long base = queryLong("select nextval('post_id_seq')");
        execute("select setval('post_id_seq', " + (base + size) + ")");
        String id = "(" + base + " + g)";
        String topic1 = topicExpression(id + " * 31");
        String topic2 = topicExpression(id + " * 17 + 7");
        String mention = "'bench' || (1 + (" + id + " * 13) % " + ACCOUNTS + ")";
        String sentences = Stream.of(SENTENCES).map(s -> "'" + s.replace("'", "''") + "'")
                .collect(Collectors.joining(",", "(array[", "])"));
        String body = sentences + "[1 + (" + id + " * 7) % " + SENTENCES.length + "]"
                + " || case when " + id + " % 3 <> 0 then ' #' || " + topic1 + " else '' end"
                + " || case when " + id + " % 3 = 2 then ' #' || " + topic2 + " else '' end"
                + " || case when " + id + " % 10 = 5 then ' @' || " + mention + " else '' end";
        // One post in ten is a reply to the root just before it.
        execute("insert into post (id, author_id, body, kind, in_reply_to, thread_id, created_at) select " + id
                + ", " + firstAccount + " + floor(random() * " + ACCOUNTS + ")::int, " + body
                + ", (array['note','note','note','question','candidate','vacancy','question'])[1 + " + id + " % 7]"
                + ", case when " + id + " % 10 = 0 and g > 1 then " + id + " - 1 end"
                + ", case when " + id + " % 10 = 0 and g > 1 then " + id + " - 1 else " + id + " end"
                + ", now() - make_interval(secs => (" + (base + size) + " - " + id + ") * 20)"
                + " from generate_series(1, " + size + ") g");
        String range = " between " + (base + 1) + " and " + (base + size);
        execute("insert into post_topic (post_id, topic) select id, " + topicExpression("id * 31")
                + " from post where id" + range + " and id % 3 <> 0 union select id, " + topicExpression("id * 17 + 7")
                + " from post where id" + range + " and id % 3 = 2");
        execute("insert into post_mention (post_id, account_id) select p.id, a.id from post p join account a "
                + "on a.username = 'bench' || (1 + (p.id * 13) % " + ACCOUNTS + ") where p.id" + range
                + " and p.id % 10 = 5");
        execute("insert into post_version (post_id, body, edited_at) select id, body, created_at from post where id"
                + range);
        execute("update post r set reply_count = 1 where r.id" + range + " and exists (select 1 from post c "
                + "where c.in_reply_to = r.id and c.id = r.id + 1)");
        execute("insert into timeline_entry (account_id, post_id) select f.follower_id, p.id from post p "
                + "join follow_account f on f.followee_id = p.author_id where p.id" + range
                + " union select f.follower_id, t.post_id from post_topic t join follow_topic f on f.topic = t.topic "
                + "where t.post_id" + range);
    }

    private static String topicExpression(String number) {
        String subjects = Stream.of(SUBJECTS).map(s -> "'" + s + "'").collect(Collectors.joining(",", "(array[", "])"));
        String regions = Stream.of(REGIONS).map(s -> "'" + s + "'").collect(Collectors.joining(",", "(array[", "])"));
        String k = "((" + number + ") % " + (SUBJECTS.length * REGIONS.length) + ")";
        return subjects + "[1 + " + k + " % " + SUBJECTS.length + "] || '_' || " + regions + "[1 + " + k + " / "
                + SUBJECTS.length + "]";
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(sql);
        }
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
