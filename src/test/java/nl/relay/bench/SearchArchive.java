package nl.relay.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.relay.alerts.matching.MatchablePost;
import nl.relay.search.index.PostTerms;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A searchable archive for the search benchmark: ArchiveSeed's accounts, 2,000 clients, a public and a private
 * group, and generated Dutch and English recruitment posts whose search terms are computed here with the indexer's
 * own {@link PostTerms} and bulk loaded with COPY (the word index is dropped for the load and built after it).
 * <p>
 * The words follow a Zipf-like distribution over a vocabulary of common words, recruitment words and a long tail
 * of compounds; what the benchmark asks for is planted at known rates: "kandidaat" or "kandidaten" in 20% of
 * posts, the client {@value #RARE_CLIENT} on 0.03%, the phrase "raad van bestuur" in 0.3% (its words apart far
 * more often), "java" in 2% of posts, a third of them in Utrecht. The same seed always gives the same archive.
 */
final class SearchArchive {

    static final String RARE_CLIENT = "Koninklijke Vermeulen Installatietechniek";
    static final String PUBLIC_GROUP = "Werving Techniek Oost";
    static final String PRIVATE_GROUP = "Directieoverleg Vestigingen";
    /** Posts about the rare client, per post. */
    private static final double RARE_CLIENT_SHARE = 0.0003;
    private static final int CLIENTS = 2_000;
    private static final int AUTHORS = 2_000;
    private static final int CHUNK = 10_000;
    /** 5,000,000 posts fill three years: one every 19 seconds. */
    private static final long SECONDS_PER_POST = 19;

    private static final String[] COMMON = {"de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "voor",
            "met", "niet", "zijn", "ook", "bij", "aan", "om", "als", "er", "maar", "naar", "nog", "wel", "dan", "dit",
            "the", "and", "of", "to", "a", "for", "with", "on", "at", "this", "we", "our", "is", "are", "be", "have",
            "wij", "we", "je", "ik", "hij", "ze", "hebben", "heeft", "kan", "moet", "wordt", "worden", "gaan", "gaat",
            "komt", "goed", "nieuwe", "nieuw", "mooie", "week", "jaar", "dag", "morgen", "vandaag", "team", "klant",
            "klanten", "collega", "collega's", "gesprek", "gesprekken", "ervaring", "werk", "functie", "rol",
            "organisatie", "bedrijf", "markt", "contact", "netwerk", "vraag", "antwoord", "project", "projecten",
            "client", "team", "people", "new", "great", "work", "role", "company", "experience", "interview",
            "manager", "afdeling", "regio", "locatie", "salaris", "uur", "contract", "vast", "tijdelijk", "per",
            "direct", "zoek", "zoeken", "gezocht", "iemand", "kent", "wie", "weet", "graag", "snel", "binnenkort",
            "raad", "bestuur", "toezicht", "directie", "directeur", "overleg", "plan", "besluit", "reorganisatie"};
    private static final String[] TRADE_WORDS = {"vacature", "vacatures", "sollicitatie", "werving", "selectie",
            "recruitment", "recruiter", "sourcing", "referral", "intake", "assessment", "onboarding", "arbeidsmarkt",
            "krapte", "arbeidsvoorwaarden", "thuiswerken", "hybride", "freelance", "zzp", "detachering", "interim",
            "shortlist", "hiring", "talent", "pool", "employer", "branding", "cao", "pensioen", "leaseauto", "bonus",
            "developer", "ontwikkelaar", "verpleegkundige", "controller", "monteur", "docent", "jurist", "planner",
            "projectleider", "chauffeur", "elektricien", "beveiliger", "kok", "accountmanager", "magazijnmedewerker",
            "teamleider", "adviseur", "consultant", "engineer", "architect", "analist", "nurse", "teacher", "lawyer",
            "python", "kubernetes", "azure", "aws", "sap", "salesforce", "react", "angular", "terraform", "scrum",
            "agile", "devops", "cloud", "data", "security", "privacy", "avg", "gdpr", "erp", "migratie",
            "implementatie", "aanbesteding", "tender", "inkoop", "procurement", "overname", "fusie", "merger",
            "acquisition", "faillissement", "uitbreiding", "expansion", "ontslag", "layoffs", "zorginstelling",
            "ziekenhuis", "gemeente", "provincie", "ministerie", "universiteit", "hogeschool", "startup", "fintech",
            "duurzaamheid", "energietransitie", "warmtepomp", "webshop", "logistiek", "distributiecentrum",
            "warehouse", "bouw", "techniek", "installatie", "zorg", "onderwijs", "overheid", "finance", "retail"};
    private static final String[] SYLLABLES = {"arbeid", "werk", "zorg", "bouw", "markt", "dienst", "plan", "raad",
            "huis", "land", "stad", "water", "licht", "kracht", "school", "boek", "geld", "hand", "kennis", "beleid",
            "tijd", "keten", "net", "veld", "lijn", "punt", "vorm", "stroom", "wijk", "haven", "post", "proef",
            "groei", "koers", "bron", "data", "team", "sales", "ops", "cloud", "lab", "hub", "desk", "flow"};
    private static final String[] CITIES = {"Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven",
            "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Arnhem", "Haarlem", "Enschede", "Apeldoorn",
            "Amersfoort", "Zwolle", "Leiden", "Maastricht", "Delft", "Venlo", "Deventer", "Leeuwarden", "Alkmaar",
            "Helmond", "Den Bosch", "Zaandam", "Hilversum", "Dordrecht", "Emmen", "Heerlen", "Gouda", "Schiedam",
            "Ede", "Hoofddorp", "Assen", "Zoetermeer", "Hengelo", "Oss", "Lelystad", "Woerden", "Nieuwegein",
            "Zeist", "Wageningen", "Almelo", "Drachten", "Hoorn", "Rijswijk", "Gorinchem"};
    private static final String[] ROLES = {"senior developer", "ontwikkelaar", "verpleegkundige", "controller",
            "servicemonteur", "docent wiskunde", "jurist", "logistiek planner", "recruiter", "projectleider",
            "data engineer", "HR-adviseur", "chauffeur", "elektricien", "beveiliger", "accountmanager",
            "magazijnmedewerker", "nurse", "teacher", "project manager", "sales manager", "technician",
            "business controller", "scrum master", "product owner", "cloud architect", "teamleider",
            "operationeel manager", "interim manager", "consultant"};
    private static final String[] FAMILIES = {"Van der Berg", "De Vries", "Jansen", "Bakker", "Visser", "Smit",
            "Meijer", "De Boer", "Mulder", "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker",
            "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf", "Van der Meer", "Kok", "Jacobs", "De Haan",
            "Vermeulen", "Van den Heuvel", "Van der Veen", "Van den Broek", "De Bruijn", "Schouten", "Willems",
            "Hoekstra", "Verhoeven", "Koster", "Prins", "Blom", "Huisman", "Kuipers", "Van Dam", "Van Wijk"};
    private static final String[] BRANDS = {"Noord", "Zuid", "Delta", "Polder", "Rijnmond", "Horizon", "Nova",
            "Atlas", "Vita", "Axis", "Orion", "Kompas", "Zeeland", "Brabant", "Holland", "Veluwe", "Twente",
            "Dijkzicht", "Meerwaarde", "Vondel", "Oranje", "Tulp", "Havenstad", "Kennemer", "Gelre", "Amstel"};
    private static final String[][] TRADES = {{"Techniek", "engineering"}, {"Installatietechniek", "engineering"},
            {"Bouw", "construction"}, {"Infra", "construction"}, {"Zorg", "healthcare"}, {"Zorggroep", "healthcare"},
            {"Logistics", "logistics"}, {"Transport", "logistics"}, {"ICT", "ict"}, {"Software", "ict"},
            {"Finance", "finance"}, {"Accountants", "finance"}, {"Advocaten", "legal"}, {"Energie", "energy"},
            {"Food", "agriculture"}, {"Retail", "retail"}, {"Onderwijs", "education"}, {"Advies", "consultancy"},
            {"Metaal", "manufacturing"}, {"Media", "marketing"}, {"Beveiliging", "security"},
            {"Horeca", "hospitality"}, {"Personeelsdiensten", "hr"}};
    private static final String[] SUFFIXES = {"Groep", "Group", "B.V.", "Holding", "Nederland", "Benelux",
            "& Partners", "Solutions", "Services", "Diensten", "", "", ""};
    private static final String[] KINDS = {"note", "note", "note", "note", "note", "note", "note", "question",
            "question", "question", "candidate", "candidate", "candidate", "vacancy", "vacancy", "vacancy", "vacancy",
            "signal", "signal", "signal"};
    private static final Map<String, String[]> OPENINGS = Map.of(
            "note", new String[]{"Mooie referral binnengekomen via het netwerk van een collega.",
                    "Goed gesprek gehad bij {client} in {city}.", "Interesting meeting with the team of {client}.",
                    "Employer branding begint bij de mensen die er al werken."},
            "question", new String[]{"Wie heeft ervaring met de inkoopafdeling van {client}?",
                    "Does anyone know the hiring manager at {client}?", "Wie kent iemand bij {client} in {city}?"},
            "candidate", new String[]{"Beschikbaar: ervaren {role} uit {city}, per direct inzetbaar.",
                    "Available: {role} with ten years of experience, based in {city}."},
            "vacancy", new String[]{"Vacature: {role} in {city}, 32-40 uur.",
                    "Klant {client} zoekt per direct een {role} in {city}.",
                    "Looking for a {role} for {client}, {city} or remote."},
            "signal", new String[]{"Signaal: nieuwe directeur bij {client}.",
                    "{client} opent een nieuw distributiecentrum bij {city}.",
                    "{client} announced an acquisition, expect hiring in {city}."});
    private static final String[] CANDIDATE_SENTENCES = {"Wie kent een goede kandidaat voor deze rol?",
            "Twee kandidaten zijn door naar het tweede gesprek.", "De kandidaat wil graag hybride werken.",
            "Heb je nog kandidaten voor {client}?", "Sterke kandidaat gesproken voor een rol in {city}."};
    private static final String[] BOARD_SENTENCES = {"De raad van bestuur heeft het plan vanochtend gepresenteerd.",
            "Er komt een nieuwe voorzitter van de raad van bestuur."};
    private static final String[] JAVA_SENTENCES = {"Gezocht: Java developer in {city}, Quarkus is een pré.",
            "Looking for a senior Java engineer near {city}.", "Java ontwikkelaar beschikbaar, woont in {city}."};

    /** A client as the client table holds it. */
    record Client(long id, String name, String alias, String sector) {
    }

    private final DataSource dataSource;
    private final String[] vocabulary;
    private final double[] cumulative;
    private final Map<String, String[]> sectorNames = new HashMap<>();
    private final List<Client> clients = new ArrayList<>();
    private String[] sectorCodes;
    private Client rareClient;
    private long firstAccount;
    private long publicGroup;
    private long privateGroup;
    private long startSeconds;
    private long loadedPosts;
    private final Map<String, Object> loadSeconds = new LinkedHashMap<>();

    SearchArchive(DataSource dataSource) {
        this.dataSource = dataSource;
        List<String> words = new ArrayList<>(List.of(COMMON));
        words.addAll(List.of(TRADE_WORDS));
        for (String city : CITIES) {
            words.add(city.toLowerCase(Locale.ROOT));
        }
        // A long tail of compounds, as Dutch makes them: most are seldom written.
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                for (String c : new String[]{"", "s", "en", "ing", "beleid", "plan", "team"}) {
                    if (!a.equals(b)) {
                        words.add(a + b + c);
                    }
                }
            }
        }
        vocabulary = words.toArray(String[]::new);
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int rank = 0; rank < vocabulary.length; rank++) {
            sum += 1.0 / Math.pow(rank + 1, 1.05);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= sum;
        }
    }

    /** Accounts (ArchiveSeed's 10,000 and its reader), clients, groups; answers the reader's username. */
    String people(String passwordHash) throws SQLException {
        ArchiveSeed accounts = new ArchiveSeed(dataSource);
        accounts.people(passwordHash);
        firstAccount = accounts.firstAccountId();
        startSeconds = queryLong("select extract(epoch from now() - interval '3 years')::bigint");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select code, name_nl, name_en from sector")) {
            while (rows.next()) {
                sectorNames.put(rows.getString(1),
                        new String[]{rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        sectorCodes = sectorNames.keySet().stream().sorted().toArray(String[]::new);
        Random random = new Random(2014);
        Map<String, String[]> byKey = new LinkedHashMap<>();
        byKey.put(RARE_CLIENT.toLowerCase(Locale.ROOT), new String[]{RARE_CLIENT, null, "engineering"});
        while (byKey.size() < CLIENTS) {
            String stem = random.nextInt(3) == 0 ? pick(random, BRANDS) : pick(random, FAMILIES);
            String[] trade = pick(random, TRADES);
            String suffix = random.nextInt(5) == 0 ? pick(random, CITIES) : pick(random, SUFFIXES);
            String name = (stem + " " + trade[0] + " " + suffix).strip();
            String alias = !suffix.isEmpty() && random.nextInt(3) == 0 ? stem + " " + trade[0] : null;
            byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), new String[]{name, alias, trade[1]});
        }
        StringBuilder copy = new StringBuilder();
        for (String[] client : byKey.values()) {
            String aliases = client[1] == null ? "{}" : "{\"" + client[1] + "\"}";
            String searchText = (client[0] + (client[1] == null ? "" : " " + client[1])).toLowerCase(Locale.ROOT);
            copy.append(escape(client[0])).append('\t').append(escape(aliases)).append('\t').append(client[2])
                    .append('\t').append(escape(searchText)).append('\t')
                    .append(escape(client[0].toLowerCase(Locale.ROOT))).append('\n');
        }
        copy("client (name, aliases, sector_code, search_text, name_key)", copy.toString());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select id, name, aliases[1], sector_code from client order by id")) {
            while (rows.next()) {
                clients.add(new Client(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        rareClient = clients.stream().filter(c -> c.name().equals(RARE_CLIENT)).findFirst().orElseThrow();
        clients.remove(rareClient);
        execute("insert into relay_group (name, name_key, visibility, created_by) values ('" + PUBLIC_GROUP + "', '"
                + PUBLIC_GROUP.toLowerCase(Locale.ROOT) + "', 'public', " + firstAccount + "), ('" + PRIVATE_GROUP
                + "', '" + PRIVATE_GROUP.toLowerCase(Locale.ROOT) + "', 'private', " + firstAccount + ")");
        publicGroup = queryLong("select id from relay_group where name = '" + PUBLIC_GROUP + "'");
        privateGroup = queryLong("select id from relay_group where name = '" + PRIVATE_GROUP + "'");
        // The private group's 50 members write its posts; the reader is not among them.
        execute("insert into group_member (group_id, account_id, role) select " + privateGroup + ", " + firstAccount
                + " + g, case when g = 0 then 'owner' else 'member' end from generate_series(0, 49) g");
        execute("insert into group_member (group_id, account_id, role) select " + publicGroup + ", " + firstAccount
                + " + g, case when g = 0 then 'owner' else 'member' end from generate_series(0, 499) g");
        return ArchiveSeed.HEAVY_READER;
    }

    /**
     * Adds posts until the archive holds {@code total}: the word index is dropped, the
     * posts loaded with COPY (terms computed on two threads), the indexes built again and the table vacuumed and
     * analyzed. Answers the seconds each step took.
     */
    Map<String, Object> postsUpTo(long total) throws Exception {
        long existing = queryLong("select count(*) from post");
        long size = total - existing;
        Map<String, Object> took = new LinkedHashMap<>();
        long started = System.nanoTime();
        // The backlog's partial index stays: loaded posts have terms, so it takes no entries, and without it the
        // backlog job would read the whole table every 2 s while the load runs.
        execute("drop index if exists post_search_terms");
        long base = queryLong("select nextval('post_id_seq')");
        execute("select setval('post_id_seq', " + (base + size) + ")");
        int chunks = (int) ((size + CHUNK - 1) / CHUNK);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // The rows are consistent by construction: no foreign key checks per row.
                statement.execute("set session_replication_role = replica");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<Future<String>> pending = new ArrayList<>();
            int next = 0;
            for (int c = 0; c < chunks; c++) {
                while (next < chunks && pending.size() < 4) {
                    long from = base + (long) next * CHUNK;
                    long to = Math.min(base + size, from + CHUNK);
                    pending.add(pool.submit(() -> rows(from, to)));
                    next++;
                }
                String rows = pending.removeFirst().get();
                copy.copyIn("copy post (id, author_id, body, kind, group_id, client_id, sector_code, thread_id, "
                        + "created_at, search_terms) from stdin", new StringReader(rows));
                if ((c + 1) % 50 == 0) {
                    System.out.printf("bench: %,d posts loaded (%.0f s)%n", existing + (long) (c + 1) * CHUNK,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = origin");
            }
        } finally {
            pool.shutdown();
        }
        took.put("loadSeconds", seconds(started));
        started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("set maintenance_work_mem = '2GB'");
            statement.execute("create index post_search_terms on post using gin (search_terms)");
        }
        took.put("indexSeconds", seconds(started));
        started = System.nanoTime();
        execute("vacuum analyze post");
        took.put("vacuumAnalyzeSeconds", seconds(started));
        loadedPosts = total;
        loadSeconds.put(Long.toString(total), took);
        return took;
    }

    /** The COPY text of posts with ids from (inclusive) to (exclusive), the same for the same ids. */
    private String rows(long from, long to) {
        Random random = new Random(from * 31 + 2014);
        StringBuilder out = new StringBuilder((int) (to - from) * 600);
        for (long id = from + 1; id <= to; id++) {
            String kind = pick(random, KINDS);
            Client client = null;
            if (random.nextDouble() < RARE_CLIENT_SHARE) {
                client = rareClient;
            } else if (random.nextInt(100) < 35) {
                client = clients.get(skewed(random, clients.size()));
            }
            String sector = random.nextInt(100) < 15 ? pick(random, sectorCodes) : null;
            int groupRoll = random.nextInt(100);
            Long group = groupRoll < 5 ? Long.valueOf(publicGroup) : groupRoll < 7 ? Long.valueOf(privateGroup) : null;
            int author = group != null && group == privateGroup ? random.nextInt(50) : skewed(random, AUTHORS);
            String body = body(random, kind, client);
            List<String> clientNames = client == null
                    ? List.of()
                    : client.alias() == null ? List.of(client.name()) : List.of(client.name(), client.alias());
            List<String> sectors = new ArrayList<>();
            if (sector != null) {
                sectors.addAll(List.of(sectorNames.get(sector)));
            }
            if (client != null) {
                sectors.addAll(List.of(sectorNames.get(client.sector())));
            }
            String groupName = group == null ? null : group == publicGroup ? PUBLIC_GROUP : PRIVATE_GROUP;
            String terms = PostTerms.of(new MatchablePost(id, firstAccount + author, body, kind,
                    "bench" + (author + 1), "Bench Collega " + (author + 1), clientNames,
                    sectors.stream().distinct().toList(), List.of(), group, groupName));
            long created = startSeconds + id * SECONDS_PER_POST;
            out.append(id).append('\t').append(firstAccount + author).append('\t').append(escape(body)).append('\t')
                    .append(kind).append('\t').append(group == null ? "\\N" : group).append('\t')
                    .append(client == null ? "\\N" : client.id()).append('\t').append(sector == null ? "\\N" : sector)
                    .append('\t').append(id).append('\t').append(java.time.Instant.ofEpochSecond(created))
                    .append('\t').append(escape(terms)).append('\n');
        }
        return out.toString();
    }

    /** An opening for the kind, the planted sentences at their rates, then 5 to 35 words of running text. */
    private String body(Random random, String kind, Client client) {
        String city = CITIES[skewed(random, CITIES.length)];
        String clientName = client != null ? client.name() : clients.get(skewed(random, clients.size())).name();
        StringBuilder body = new StringBuilder();
        body.append(fill(pick(random, OPENINGS.get(kind)), random, clientName, city));
        if (random.nextInt(100) < 20) {
            body.append(' ').append(fill(pick(random, CANDIDATE_SENTENCES), random, clientName, city));
        }
        if (random.nextInt(1000) < 3) {
            body.append(' ').append(pick(random, BOARD_SENTENCES));
        }
        if (random.nextInt(100) < 2) {
            String javaCity = random.nextInt(3) == 0 ? "Utrecht" : city;
            body.append(' ').append(fill(pick(random, JAVA_SENTENCES), random, clientName, javaCity));
        }
        int words = 5 + random.nextInt(31);
        boolean capital = true;
        for (int w = 0; w < words; w++) {
            String word = word(random);
            body.append(' ').append(capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            capital = random.nextInt(10) == 0;
            if (capital || w == words - 1) {
                body.append('.');
            }
        }
        return body.toString();
    }

    private String fill(String sentence, Random random, String client, String city) {
        return sentence.replace("{client}", client).replace("{city}", city).replace("{role}", pick(random, ROLES));
    }

    private String word(Random random) {
        double r = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < r) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return vocabulary[low];
    }

    long loadedPosts() {
        return loadedPosts;
    }

    Map<String, Object> loadSeconds() {
        return loadSeconds;
    }

    Map<String, Object> shape() {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("clients", CLIENTS);
        shape.put("authors", AUTHORS);
        shape.put("vocabulary", vocabulary.length);
        shape.put("rareClientId", rareClient.id());
        shape.put("publicGroupId", publicGroup);
        shape.put("privateGroupId", privateGroup);
        return shape;
    }

    /** Popular clients, cities and busy authors come up far more often than the rest. */
    private static int skewed(Random random, int n) {
        double r = random.nextDouble();
        return (int) (n * r * r);
    }

    private static <T> T pick(Random random, T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** A value in COPY's text format. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private void copy(String target, String rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin",
                    new StringReader(rows));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(sql);
        }
    }

    private long queryLong(String sql) throws SQLException {
        return BenchReport.count(dataSource, sql);
    }

    private static double seconds(long startNanos) {
        return Latencies.round((System.nanoTime() - startNanos) / 1e9);
    }
}
