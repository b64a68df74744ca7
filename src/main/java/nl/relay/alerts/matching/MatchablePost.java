package nl.relay.alerts.matching;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.relay.alerts.query.AlertAnalysis;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * What an alert can match in a post (its words, kind, author, topics, client, sector and group), read
 * from the database or taken from a draft, and made into the Lucene document the alerts run against.
 */
public record MatchablePost(long id, long authorId, String body, String kind, String username, String displayName,
        List<String> clientNames, List<String> sectors, List<String> topics, Long groupId, String groupName) {

    private static final String SEPARATOR = "\u001f";

    /** Kinds are matched by their API name and by their Dutch word, as people say them. */
    private static final java.util.Map<String, String> DUTCH_KINDS = java.util.Map.of("note", "notitie", "question",
            "vraag", "candidate", "kandidaat", "vacancy", "vacature", "signal", "signaal");

    /**
     * The facts alerts match on, in the columns {@link #of(Row)} reads. A post about a client counts for the
     * client's sector as well as its own; a sector counts by its code and its Dutch and English names.
     */
    static final String FACTS = """
            select p.id, p.author_id, p.body, p.kind,
                   a.username as author_username, a.display_name as author_name,
                   concat_ws(chr(31), c.name, array_to_string(c.aliases, chr(31))) as client_names,
                   concat_ws(chr(31), ps.code, ps.name_nl, ps.name_en, cs.code, cs.name_nl, cs.name_en) as sectors,
                   (select string_agg(t.topic, chr(31)) from post_topic t where t.post_id = p.id) as topics,
                   p.group_id, g.name as group_name
            from post p
            join account a on a.id = p.author_id
            left join client c on c.id = p.client_id
            left join sector ps on ps.code = p.sector_code
            left join sector cs on cs.code = c.sector_code
            left join relay_group g on g.id = p.group_id""";

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
                row.text("group_name"));
    }

    static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(SEPARATOR)).filter(s -> !s.isBlank()).distinct().toList();
    }

    /**
     * Plain words match the body and the client's name and aliases; each field holds its values apart, so
     * a phrase never runs from one value into the next.
     */
    public Document document() {
        Document document = new Document();
        add(document, AlertAnalysis.TEXT, List.of(body));
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
        return document;
    }

    private static void add(Document document, String field, List<String> values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                document.add(new TextField(field, value, Field.Store.NO));
            }
        }
    }
}
