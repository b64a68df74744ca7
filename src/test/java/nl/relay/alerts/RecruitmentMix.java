package nl.relay.alerts;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.relay.alerts.query.AlertQuery;

/**
 * Realistic, repeatable material for the alert benchmark, in the Dutch and English recruiters mix: many
 * plausible client companies, the alerts people save (clients, sectors, phrases, roles in cities, topics,
 * colleagues, and boolean combinations of those) and the posts they write about vacancies, candidates and
 * clients. The same seed always gives the same material, so runs compare.
 */
final class RecruitmentMix {

    /** A client company: its name, another name people use for it (or null), and its sector. */
    record ClientName(String name, String alias, String sector) {
    }

    /** One row of table alert, before it has an id. */
    record AlertRow(int owner, String name, String query, String frequency, String[] channels, String feedToken,
            int ageMinutes) {
    }

    /** A post as POST /api/posts takes it; {@code client} is an index into {@link #clients()}, or -1. */
    record PostDraft(String body, String kind, int client, String sectorCode) {
    }

    private static final String[] FAMILIES = {"Van der Berg", "De Vries", "Jansen", "Bakker", "Visser", "Smit",
            "Meijer", "De Boer", "Mulder", "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker",
            "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf", "Van der Meer", "Van der Linden", "Kok", "Jacobs",
            "De Haan", "Vermeulen", "Van den Heuvel", "Van der Veen", "Van den Broek", "De Bruijn", "Schouten",
            "Willems", "Hoekstra", "Verhoeven", "Koster", "Prins", "Blom", "Huisman", "Kuipers", "Van Dam",
            "Van Wijk", "Kramer", "Van Beek", "Timmermans", "Groen", "Koning", "Van Dijk", "Bosman", "Scholten"};
    private static final String[] BRANDS = {"Noord", "Zuid", "Delta", "Polder", "Rijnmond", "Horizon", "Nova",
            "Atlas", "Vita", "Axis", "Orion", "Kompas", "Zeeland", "Brabant", "Holland", "Veluwe", "Twente",
            "Lage Landen", "Dijkzicht", "Meerwaarde", "Vondel", "Oranje", "Tulp", "Molenaar", "Havenstad",
            "Kennemer", "Gelre", "Friesland", "Limburg", "Amstel"};
    /** A trade word in a company name, and the sector code it puts the company in. */
    private static final String[][] TRADES = {{"Techniek", "engineering"}, {"Installatietechniek", "engineering"},
            {"Engineering", "engineering"}, {"Bouw", "construction"}, {"Infra", "construction"},
            {"Zorg", "healthcare"}, {"Thuiszorg", "healthcare"}, {"Zorggroep", "healthcare"},
            {"Logistics", "logistics"}, {"Transport", "logistics"}, {"ICT", "ict"}, {"Software", "ict"},
            {"Data", "ict"}, {"IT Services", "ict"}, {"Finance", "finance"}, {"Accountants", "finance"},
            {"Verzekeringen", "finance"}, {"Advocaten", "legal"}, {"Notarissen", "legal"}, {"Energie", "energy"},
            {"Solar", "energy"}, {"Food", "agriculture"}, {"Tuinbouw", "agriculture"}, {"Retail", "retail"},
            {"Supermarkten", "retail"}, {"Onderwijs", "education"}, {"Opleidingen", "education"},
            {"Consultancy", "consultancy"}, {"Advies", "consultancy"}, {"Metaal", "manufacturing"},
            {"Productie", "manufacturing"}, {"Pharma", "manufacturing"}, {"Media", "marketing"},
            {"Communicatie", "marketing"}, {"Security", "security"}, {"Beveiliging", "security"},
            {"Hospitality", "hospitality"}, {"Horeca", "hospitality"}, {"Personeelsdiensten", "hr"}};
    private static final String[] SUFFIXES = {"Groep", "Group", "B.V.", "Holding", "Nederland", "Benelux",
            "& Partners", "& Zonen", "Solutions", "Services", "Diensten", "", "", "", ""};
    private static final String[] CITIES = {"Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Tilburg",
            "Groningen", "Almere", "Breda", "Nijmegen", "Arnhem", "Haarlem", "Enschede", "Apeldoorn", "Amersfoort",
            "Zwolle", "Leiden", "Maastricht", "Delft", "Venlo", "Deventer", "Leeuwarden", "Alkmaar", "Helmond",
            "Den Bosch", "Zaandam", "Hilversum", "Dordrecht", "Emmen", "Heerlen", "Roermond", "Gouda", "Schiedam",
            "Ede", "Veenendaal", "Hoofddorp", "Schiphol", "Vlissingen", "Middelburg", "Assen", "Zoetermeer",
            "Purmerend", "Hengelo", "Oss", "Sittard", "Lelystad", "Capelle aan den IJssel", "Alphen aan den Rijn",
            "Spijkenisse", "Katwijk", "Kampen", "Harderwijk", "Doetinchem", "Tiel", "Culemborg", "Waalwijk",
            "Oosterhout", "Roosendaal", "Bergen op Zoom", "Goes", "Terneuzen", "Weert", "Uden", "Veghel", "Boxtel",
            "Woerden", "Nieuwegein", "Houten", "Zeist", "Barneveld", "Wageningen", "Zutphen", "Almelo", "Oldenzaal",
            "Meppel", "Hoogeveen", "Drachten", "Heerenveen", "Sneek", "Den Helder", "Hoorn", "Enkhuizen", "Beverwijk",
            "Velsen", "Heemskerk", "Naaldwijk", "Westland", "Rijswijk", "Vlaardingen", "Maassluis", "Gorinchem"};
    /** The Dutch and the English word for one kind of job or post, as people pair them with OR. */
    private static final String[][] PAIRS = {{"vacature", "vacancy"}, {"ontwikkelaar", "developer"},
            {"verpleegkundige", "nurse"}, {"controller", "accountant"}, {"monteur", "technician"},
            {"docent", "teacher"}, {"jurist", "lawyer"}, {"planner", "scheduler"}, {"recruiter", "sourcer"},
            {"projectleider", "\"project manager\""}, {"kandidaat", "candidate"}, {"chauffeur", "driver"},
            {"elektricien", "electrician"}, {"beveiliger", "\"security officer\""}, {"kok", "chef"},
            {"accountmanager", "\"sales manager\""}, {"magazijnmedewerker", "\"warehouse operator\""},
            {"teamleider", "\"team lead\""}, {"adviseur", "consultant"}, {"stagiair", "intern"}};
    private static final String[] ROLES = {"senior Java developer", "ontwikkelaar", "verpleegkundige",
            "wijkverpleegkundige", "controller", "interim controller", "servicemonteur", "monteur", "docent wiskunde",
            "jurist", "logistiek planner", "recruiter", "projectleider", "data engineer", "HR-adviseur", "chauffeur",
            "elektricien", "beveiliger", "kok", "accountmanager", "magazijnmedewerker", "nurse", "teacher", "lawyer",
            "project manager", "sales manager", "technician", "warehouse operator", "electrician",
            "business controller", "scrum master", "product owner", "DevOps engineer", "cloud architect",
            "financieel adviseur", "teamleider", "operationeel manager", "interim manager", "consultant",
            "security officer"};
    private static final String[] WORDS = {"reorganisatie", "overname", "acquisition", "faillissement",
            "bankruptcy", "uitbreiding", "expansion", "cao", "salaris", "thuiswerken", "remote", "Quarkus",
            "Kubernetes", "SAP", "Salesforce", "Java", "Python", "freelance", "zzp", "detachering", "secondment",
            "traineeship", "internship", "referral", "ontslag", "layoffs", "aanbesteding", "tender", "inkoop",
            "procurement", "directeur", "CEO", "CFO", "CTO", "HR-manager", "bestuurder", "fusie", "merger",
            "nieuwbouw", "distributiecentrum", "warehouse", "zorginstelling", "ziekenhuis", "hospital", "gemeente",
            "provincie", "ministerie", "universiteit", "hogeschool", "startup", "scale-up", "fintech",
            "duurzaamheid", "energietransitie", "zonnepanelen", "warmtepomp", "webshop", "e-commerce",
            "cybersecurity", "privacy", "AVG", "GDPR", "ERP", "migratie", "implementatie", "interim", "shortlist",
            "arbeidsvoorwaarden", "thuiswerkbudget", "vakantiedagen", "leaseauto", "bonus", "pensioen", "krapte",
            "assessment", "onboarding", "Workday", "AFAS", "Exact", "Topdesk", "BIG-registratie", "VCA", "rijbewijs",
            "heftruck", "BHV", "NEN3140", "IFRS", "Power BI", "Azure", "AWS", "Terraform", "React", "Angular", ".NET",
            "PLC", "SCADA", "HACCP", "WMS", "TMS", "Incoterms", "SOX", "Wft", "Wwft", "IZA", "WLZ", "GGZ",
            "jeugdzorg", "ouderenzorg", "gehandicaptenzorg", "kinderopvang", "PO", "VO", "MBO", "HBO", "WO",
            "Rijksoverheid", "waterschap", "Defensie", "Politie", "Rabobank", "ING", "ABN", "Philips", "ASML",
            "KLM", "Ahold", "Jumbo", "PostNL", "DHL", "bol.com", "Coolblue", "Booking", "Adyen", "Exact Online"};
    private static final String[] PHRASES = {"raad van bestuur", "raad van toezicht", "interim manager",
            "hiring manager", "per direct", "senior developer", "nieuwe directeur", "new CEO", "young professional",
            "medior developer", "operationeel manager", "distribution centre", "supply chain", "preferred supplier",
            "vast contract", "permanent contract", "tien jaar ervaring", "open sollicitatie", "Power BI",
            "inside sales", "field service", "key account",
            "facilitair manager", "chief nursing officer", "medisch specialist", "lean six sigma", "employer branding",
            "thuiswerk budget", "Quarkus experience", "regio Utrecht", "vier dagen", "32 uur",
            "chief financial officer",
            "head of HR", "talent acquisition", "customer success", "business analist", "data scientist",
            "product manager", "software architect", "HR business partner", "employee experience",
            "recruitment marketing", "strategische personeelsplanning", "duurzame inzetbaarheid", "sociaal plan",
            "collectief ontslag", "nieuwe cao", "dertiende maand", "hybride werken", "vierdaagse werkweek",
            "leven lang leren", "zij-instromers", "afstand tot de arbeidsmarkt", "managed service provider",
            "recruitment process outsourcing", "wet DBA", "raamovereenkomst", "inhuur van externen",
            "Europese aanbesteding", "interim professional", "vaste formatie", "tijdelijk contract",
            "proeftijd van twee maanden", "graduate programme", "referral bonus", "talent pool", "exit interview"};
    /** Words people leave out of an alert, to keep internships, side jobs and the like away. */
    private static final String[] EXCLUDED = {"stage", "bijbaan", "zzp", "vrijwilligerswerk", "uitzendwerk",
            "parttime", "internship", "traineeship"};
    private static final String[] TOPIC_SUBJECTS = {"vacature", "kandidaat", "ict", "zorg", "finance", "logistiek",
            "bouw", "onderwijs", "overheid", "retail", "techniek", "energie", "juridisch", "marketing", "hr",
            "interim", "referral", "signaal", "developer", "recruitment", "arbeidsmarkt", "werving", "horeca",
            "consultancy", "security"};
    private static final String[] TOPIC_REGIONS = {"amsterdam", "rotterdam", "utrecht", "denhaag", "eindhoven",
            "tilburg", "groningen", "almere", "breda", "nijmegen", "arnhem", "haarlem", "enschede", "venlo", "zwolle",
            "leiden", "maastricht", "delft", "amersfoort", "remote"};
    private static final String[] PLAIN_TOPICS = {"fintech", "employerbranding", "duurzaamheid", "arbeidsmarkt",
            "werving", "referral", "interim", "zzp", "cao", "thuiswerken", "onboarding", "diversiteit",
            "traineeship", "schoolverlaters", "hrtech", "ai", "datagedreven", "talentpool", "sourcing",
            "boomerang"};
    /** Sectors as people type them: by code, and by a word of their Dutch name. */
    private static final String[] SECTOR_WORDS = {"ict", "finance", "healthcare", "education", "logistics",
            "construction", "engineering", "energy", "retail", "hospitality", "zorg", "logistiek", "onderwijs",
            "bouw", "techniek", "energie", "horeca", "overheid"};
    private static final String[] SECTOR_CODES = {"ict", "finance", "healthcare", "education", "government",
            "logistics", "manufacturing", "construction", "retail", "hospitality", "engineering", "energy",
            "agriculture", "legal", "marketing", "hr", "consultancy", "security"};
    private static final String[] KINDS = {"vacancy", "candidate", "signal", "question", "vacature", "kandidaat",
            "signaal"};

    /** Post sentences: the kind of post they start, then the text, with {role}, {city}, {client} and {phrase}. */
    private static final String[][] SENTENCES = {
            {"vacancy", "Vacature: {role} in {city}, 32-40 uur. Wie kent iemand?"},
            {"vacancy", "Klant {client} zoekt per direct een {role} voor de vestiging in {city}."},
            {"signal", "{client} gaat reorganiseren: de raad van bestuur heeft het plan vanochtend gepresenteerd."},
            {"candidate", "Kandidaat beschikbaar: ervaren {role}, woonachtig in {city}, per direct inzetbaar."},
            {"vacancy", "Interim manager gezocht voor een zorginstelling in de regio {city}."},
            {"signal", "Signaal: nieuwe directeur bij {client}, misschien een goed moment om contact op te nemen."},
            {"question", "Wie heeft ervaring met de inkoopafdeling van {client}? Ze werken sinds kort met een "
                    + "preferred supplier lijst."},
            {"note", "Mooie referral binnengekomen via het netwerk van een collega: een {role} uit {city}."},
            {"note", "Nieuwe arbeidsvoorwaarden bij {client}: dertig vakantiedagen en een thuiswerkbudget."},
            {"signal", "Overname in de markt: {client} neemt een branchegenoot in {city} over, er komen vacatures."},
            {"vacancy", "Voor {client} zoeken we een {role} met een vast contract, {phrase} is een pré."},
            {"candidate", "Ik spreek morgen een {role} die weg wil bij {client}; iemand een klant in {city}?"},
            {"vacancy", "Looking for a {role} with Quarkus experience, {city} or remote."},
            {"signal", "Our client {client} is opening a new distribution centre near {city} next spring."},
            {"question", "The hiring manager at {client} asked for shortlists by Friday, can anyone help?"},
            {"candidate", "Candidate available: {role} with ten years of experience, based in {city}."},
            {"question", "Question: does anyone know the new procurement contact at {client}?"},
            {"signal", "{client} announced an acquisition today; expect hiring in {city}."},
            {"vacancy", "Vacancy for a {role} at {client}, permanent contract, hybrid from {city}."},
            {"note", "Met the {role} team of {client} in {city}: they mentioned {phrase} twice."},
            {"vacancy", "Gezocht: {role} voor {client}, ervaring met {word} is een pré."},
            {"vacancy", "Our client in {city} needs a {role}; experience with {word} is required."},
            {"note", "Bij {client} speelt op dit moment {word}, goed om te weten voor je volgende gesprek."},
            {"signal", "Heard that {client} is moving to {word} next year, {phrase} becomes important."}};
    private static final String[] FILLERS = {
            "Wissel online en offline ontmoeting af, dat levert de beste gesprekken op.",
            "De krapte op de arbeidsmarkt merken we in elke regio.",
            "Het gaat om connecties, conversaties en content, niet om het aantal volgers.",
            "Een goede intake scheelt later veel tijd in de selectie.",
            "Referrals blijven de beste bron van kandidaten.",
            "Employer branding begint bij de mensen die er al werken.",
            "Salary expectations are rising faster than budgets.",
            "Remote work is now the first question in every interview.",
            "Sociale media zorgen voor verbinding en kennisdeling, ook binnen het eigen team.",
            "Het assessment is volgende week, daarna volgt het tweede gesprek."};

    private final Random random = new Random(2012);
    private final int accounts;
    private final List<ClientName> clients;

    /** Material for an archive of {@code accounts} people and {@code clientCount} client companies. */
    RecruitmentMix(int accounts, int clientCount) {
        this.accounts = accounts;
        this.clients = generateClients(clientCount);
    }

    List<ClientName> clients() {
        return clients;
    }

    /** {@code count} alerts of {@code owners} people (some keep many more alerts than others). */
    List<AlertRow> alerts(int count, int owners) {
        List<AlertRow> rows = new ArrayList<>(count);
        byte[] token = new byte[32];
        for (int i = 0; i < count; i++) {
            String query = query();
            // A mistake in the generator, not something to measure: every query must be one people can save.
            AlertQuery.parse(query);
            String[] delivery = delivery();
            random.nextBytes(token);
            rows.add(new AlertRow(skewed(owners), name(query), query, delivery[0],
                    delivery.length == 1
                            ? new String[0]
                            : List.of(delivery).subList(1, delivery.length)
                                    .toArray(String[]::new),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(token), 2 + random.nextInt(525_600)));
        }
        return rows;
    }

    /** {@code count} different posts: short notes, vacancies, candidates, signals, and a few long ones. */
    List<PostDraft> posts(int count) {
        Set<String> seen = new LinkedHashSet<>();
        List<PostDraft> posts = new ArrayList<>();
        while (posts.size() < count) {
            int client = random.nextInt(4) == 0 ? -1 : skewed(clients.size());
            int sentences = random.nextInt(10) == 0 ? 6 + random.nextInt(5) : 1 + random.nextInt(3);
            String[] first = pick(SENTENCES);
            StringBuilder body = new StringBuilder(fill(first[1], client));
            for (int s = 1; s < sentences; s++) {
                body.append(' ').append(random.nextInt(3) == 0 ? fill(pick(SENTENCES)[1], client) : pick(FILLERS));
            }
            for (int t = random.nextInt(3); t > 0; t--) {
                body.append(" #").append(topic());
            }
            if (!seen.add(body.toString())) {
                continue;
            }
            boolean aboutClient = client >= 0 && body.indexOf(clients.get(client).name()) >= 0;
            posts.add(new PostDraft(body.toString(), first[0], aboutClient && random.nextInt(4) > 0 ? client : -1,
                    random.nextInt(7) == 0 ? pick(SECTOR_CODES) : null));
        }
        return posts;
    }

    private List<ClientName> generateClients(int count) {
        Map<String, ClientName> byName = new LinkedHashMap<>();
        while (byName.size() < count) {
            String stem = random.nextInt(3) == 0 ? pick(BRANDS) : pick(FAMILIES);
            String[] trade = pick(TRADES);
            String suffix = random.nextInt(6) == 0 ? pick(CITIES) : pick(SUFFIXES);
            String name = (stem + " " + trade[0] + " " + suffix).strip();
            String alias = !suffix.isEmpty() && random.nextInt(3) == 0 ? stem + " " + trade[0] : null;
            byName.putIfAbsent(name.toLowerCase(Locale.ROOT), new ClientName(name, alias, trade[1]));
        }
        return List.copyOf(byName.values());
    }

    /**
     * One alert query, by how often people write each sort: mostly a client, a niche word or phrase, or a job
     * in a place; a few broad ones (a city, a sector, a kind of job) that match many posts.
     */
    private String query() {
        int roll = random.nextInt(100);
        if (roll < 28) {
            return "client:" + quoted(client().name());
        }
        if (roll < 33) {
            ClientName client = client();
            return quoted(client.alias() != null && random.nextBoolean() ? client.alias() : client.name());
        }
        if (roll < 40) {
            return "client:" + quoted(client().name()) + oneOf(" AND (vacature OR vacancy OR reorganisatie)",
                    " kind:signal", " -stage", " (overname OR acquisition)");
        }
        if (roll < 48) {
            int broad = random.nextInt(100);
            return broad < 70 ? pick(WORDS) : broad < 85 ? term(pick(CITIES)) : pick(pick(PAIRS));
        }
        if (roll < 56) {
            return quoted(pick(PHRASES));
        }
        if (roll < 65) {
            String[] pair = pick(PAIRS);
            return "(" + pair[0] + " OR " + pair[1] + ") AND " + term(pick(CITIES));
        }
        if (roll < 70) {
            return "kind:" + pick(KINDS) + " " + (random.nextBoolean() ? term(pick(CITIES)) : pick(pick(PAIRS)));
        }
        if (roll < 75) {
            return oneOf(pick(pick(PAIRS)) + " -" + pick(EXCLUDED), pick(WORDS) + " -" + pick(EXCLUDED),
                    pick(pick(PAIRS)) + " " + term(pick(CITIES)) + " -stage -bijbaan",
                    pick(pick(PAIRS)) + " " + pick(WORDS) + " -" + pick(EXCLUDED));
        }
        if (roll < 81) {
            return "topic:" + (random.nextInt(4) == 0 ? "#" : "") + topic();
        }
        if (roll < 85) {
            String sector = "sector:" + pick(SECTOR_WORDS);
            String[] pair = pick(PAIRS);
            return oneOf(sector, sector + " " + term(pick(CITIES)), sector + " (" + pair[0] + " OR " + pair[1] + ")");
        }
        if (roll < 90) {
            int colleague = 1 + random.nextInt(accounts);
            return random.nextInt(4) == 0
                    ? "author:\"Bench Collega " + colleague + "\""
                    : "author:bench" + colleague;
        }
        if (roll < 96) {
            return oneOf(term(pick(ROLES)) + " " + term(pick(CITIES)), pick(pick(PAIRS)) + " " + pick(WORDS),
                    "interim " + pick(pick(PAIRS)) + " " + term(pick(CITIES)));
        }
        return oneOf(quoted(pick(PHRASES)) + " OR " + pick(WORDS),
                "(" + term(pick(CITIES)) + " OR " + term(pick(CITIES)) + ") " + pick(pick(PAIRS)));
    }

    /** A topic as the archive names them (subject_region), or a plain one. */
    private String topic() {
        return random.nextInt(3) == 0 ? pick(PLAIN_TOPICS) : pick(TOPIC_SUBJECTS) + "_" + pick(TOPIC_REGIONS);
    }

    /** Frequency first, then the channels: most alerts tell in the app at once, some mail, some only feed. */
    private String[] delivery() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return new String[]{"instant", "app"};
        }
        if (roll < 60) {
            return new String[]{"instant", "app", "email"};
        }
        if (roll < 62) {
            return new String[]{"instant", "email"};
        }
        if (roll < 70) {
            return new String[]{"instant"};
        }
        if (roll < 90) {
            return random.nextBoolean() ? new String[]{"daily", "app"} : new String[]{"daily", "email"};
        }
        return new String[]{"weekly", "app", "email"};
    }

    private String fill(String sentence, int client) {
        return sentence.replace("{role}", pick(ROLES)).replace("{city}", pick(CITIES)).replace("{phrase}",
                pick(PHRASES)).replace("{word}", pick(WORDS))
                .replace("{client}", clients.get(client < 0 ? skewed(clients.size()) : client).name());
    }

    private static String name(String query) {
        String name = query.replaceAll("(client|sector|kind|author|topic):", "").replace("\"", "").strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** Popular clients and busy owners get many more alerts than the rest. */
    private int skewed(int n) {
        double r = random.nextDouble();
        return (int) (n * r * r);
    }

    private ClientName client() {
        return clients.get(skewed(clients.size()));
    }

    private String oneOf(String... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String term(String words) {
        return words.contains(" ") ? quoted(words) : words;
    }

    private static String quoted(String words) {
        return "\"" + words + "\"";
    }
}
