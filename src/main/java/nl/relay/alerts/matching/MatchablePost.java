package nl.relay.alerts.matching;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * What an alert can match in a post (its words, kind, author, topics, client, sector and group, and for a candidate
 * or vacancy its skills, region and status, for a signal its type, for a poll its options), read from the database or
 * taken from a draft, and made into the Lucene document the alerts (and search) run against.
 */
public record MatchablePost(long id, long authorId, String body, String kind, String username, String displayName,
        List<String> clientNames, List<String> sectors, List<String> topics, Long groupId, String groupName,
        List<String> skills, List<String> regions, String status, String signal, List<String> pollOptions) {

    private static final String SEPARATOR = "\u001f";

    /** Kinds are matched by their API name and by their Dutch word, as people say them. */
    private static final Map<String, String> DUTCH_KINDS = Map.of("note", "notitie", "question", "vraag", "candidate",
            "kandidaat", "vacancy", "vacature", "signal", "signaal", "praise", "compliment", "poll", "peiling",
            "announcement", "mededeling");

    /** Statuses of candidates and vacancies, and signal types, also match by their Dutch words. */
    private static final Map<String, String> DUTCH_WORDS = Map.ofEntries(
            Map.entry("available", "beschikbaar"), Map.entry("in-process", "in-behandeling"),
            Map.entry("placed", "geplaatst"), Map.entry("withdrawn", "ingetrokken"),
            Map.entry("open", "open"), Map.entry("on-hold", "gepauzeerd"),
            Map.entry("filled", "vervuld"), Map.entry("closed", "gesloten"),
            Map.entry("leaving", "vertrek"), Map.entry("new-manager", "nieuwe-manager"),
            Map.entry("reorganisation", "reorganisatie"), Map.entry("growth", "groei"),
            Map.entry("tender", "aanbesteding"), Map.entry("complaint", "klacht"),
            Map.entry("other", "overig"));

    /** A post without recruitment facts (no skills, region, status or signal), as drafts and older callers make. */
    public MatchablePost(long id, long authorId, String body, String kind, String username, String displayName,
            List<String> clientNames, List<String> sectors, List<String> topics, Long groupId, String groupName) {
        this(id, authorId, body, kind, username, displayName, clientNames, sectors, topics, groupId, groupName,
                List.of(), List.of(), null, null, List.of());
    }

    /** A post without poll options. */
    public MatchablePost(long id, long authorId, String body, String kind, String username, String displayName,
            List<String> clientNames, List<String> sectors, List<String> topics, Long groupId, String groupName,
            List<String> skills, List<String> regions, String status, String signal) {
        this(id, authorId, body, kind, username, displayName, clientNames, sectors, topics, groupId, groupName,
                skills, regions, status, signal, List.of());
    }

    /**
     * The facts alerts match on, in the columns {@link #of(Row)} reads. A post about a client counts for the
     * client's sector as well as its own; a sector counts by its code and its Dutch and English names. A candidate's
     * or vacancy's post has its skills, status and region, the region by its code and names and by those of its
     * province too (so work in Amsterdam is work in Noord-Holland).
     */
    static final String FACTS = """
            select p.id, p.author_id, p.body, p.kind,
                   a.username as author_username, a.display_name as author_name,
                   concat_ws(chr(31), c.name, array_to_string(c.aliases, chr(31))) as client_names,
                   concat_ws(chr(31), ps.code, ps.name_nl, ps.name_en, cs.code, cs.name_nl, cs.name_en) as sectors,
                   (select string_agg(t.topic, chr(31)) from post_topic t where t.post_id = p.id) as topics,
                   p.group_id, g.name as group_name,
                   array_to_string(coalesce(cd.skills, v.skills), chr(31)) as skills,
                   concat_ws(chr(31), r.code, r.name_nl, r.name_en, rp.code, rp.name_nl, rp.name_en) as regions,
                   coalesce(cd.status, v.status) as status, p.signal_type,
                   (select string_agg(o.text, chr(31) order by o.position) from poll_option o
                    where o.post_id = p.id) as poll_options
            from post p
            join account a on a.id = p.author_id
            left join client c on c.id = p.client_id
            left join sector ps on ps.code = p.sector_code
            left join sector cs on cs.code = c.sector_code
            left join relay_group g on g.id = p.group_id
            left join candidate cd on cd.post_id = p.id
            left join vacancy v on v.post_id = p.id
            left join region r on r.code = coalesce(cd.region_code, v.region_code)
            left join region rp on rp.code = r.province""";

    /** The posts with these ids that are not removed. */
    public static List<MatchablePost> byIds(EntityManager entityManager, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return NativeSql.select(entityManager, FACTS
                + " where p.id = any(cast(?1 as bigint[])) and not p.deleted order by p.id")
                .bind(1, ids.toArray(Long[]::new))
                .list(MatchablePost::of);
    }

    /** A post (or draft) from a row with the columns of {@link #FACTS}. */
    static MatchablePost of(Row row) {
        return new MatchablePost(row.longValue("id"), row.longValue("author_id"), row.text("body"), row.text("kind"),
                row.text("author_username"), row.text("author_name"), split(row.text("client_names")),
                split(row.text("sectors")), split(row.text("topics")), row.nullableLong("group_id"),
                row.text("group_name"), split(row.text("skills")), split(row.text("regions")), row.text("status"),
                row.text("signal_type"), split(row.text("poll_options")));
    }

    static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(SEPARATOR)).filter(s -> !s.isBlank()).distinct().toList();
    }

    /**
     * Plain words match the body, a poll's options and the client's name and aliases; each field holds its values apart, so
     * a phrase never runs from one value into the next.
     */
    public Document document() {
        Document document = new Document();
        add(document, AlertAnalysis.TEXT, List.of(body));
        add(document, AlertAnalysis.TEXT, pollOptions);
        add(document, AlertAnalysis.TEXT, clientNames);
        add(document, AlertAnalysis.CLIENT, clientNames);
        add(document, AlertAnalysis.SECTOR, sectors);
        add(document, AlertAnalysis.KIND,
                kind == null ? List.of() : List.of(kind, DUTCH_KINDS.getOrDefault(kind, kind)));
        List<String> authors = new ArrayList<>();
        authors.add(username);
        if (displayName != null) {
            authors.add(displayName);
        }
        add(document, AlertAnalysis.AUTHOR, authors);
        add(document, AlertAnalysis.TOPIC, topics);
        if (groupId != null) {
            add(document, AlertAnalysis.GROUP, List.of(groupId.toString(), groupName));
        }
        add(document, AlertAnalysis.SKILL, skills);
        add(document, AlertAnalysis.REGION, regions);
        add(document, AlertAnalysis.STATUS, inBothLanguages(status));
        add(document, AlertAnalysis.SIGNAL, inBothLanguages(signal));
        return document;
    }

    private static List<String> inBothLanguages(String value) {
        return value == null ? List.of() : List.of(value, DUTCH_WORDS.getOrDefault(value, value));
    }

    private static void add(Document document, String field, List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                document.add(new TextField(field, value, Field.Store.NO));
            }
        }
    }
}
