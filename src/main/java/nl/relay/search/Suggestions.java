package nl.relay.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.relay.platform.database.LikePattern;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.platform.text.TextFolding;
import nl.relay.posts.PostText;
import nl.relay.posts.PostVisibility;

/**
 * What the search box offers while someone types: people, topics, clients (by an alias too) and groups with a
 * name in which a word starts with what was typed, ignoring case and accents. Only what the reader may see: a
 * topic only when a post they may read carries it, a private group only to its members.
 */
@ApplicationScoped
public class Suggestions {

    static final int PER_KIND = 5;
    static final int MAX_TYPED = 100;

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    Suggestions(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    public record Person(String username, String displayName) {
    }

    public record Named(long id, String name) {
    }

    /** What to offer; every list empty when nothing was typed. */
    public record Suggested(List<Person> people, List<String> topics, List<Named> clients, List<Named> groups) {
    }

    @Transactional
    public Suggested suggest(long readerId, String typed) {
        String cleaned = typed == null ? "" : ControlCharacters.clean(typed.replaceAll("\\s+", " "));
        if (cleaned == null) {
            throw new InvalidInput("q", "must not contain control characters");
        }
        String folded = TextFolding.fold(cleaned.strip());
        if (folded.length() > MAX_TYPED) {
            throw new InvalidInput("q", "must be at most 100 characters");
        }
        if (folded.isEmpty()) {
            return new Suggested(List.of(), List.of(), List.of(), List.of());
        }
        return new Suggested(people(folded), topics(readerId, cleaned.strip()), clients(folded),
                groups(readerId, folded));
    }

    private List<Person> people(String folded) {
        return wordStarts(NativeSql.select(entityManager, "select a.username, a.display_name from account a"
                + " where a.active and (a.search_text like :start or a.search_text like :word)"
                + " order by a.display_name, a.id limit :limit"), folded)
                .list(row -> new Person(row.text("username"), row.text("display_name")));
    }

    private List<Named> clients(String folded) {
        return wordStarts(NativeSql.select(entityManager, "select c.id, c.name from client c"
                + " where c.search_text like :start or c.search_text like :word or c.search_text like :line"
                + " order by c.name_key, c.id limit :limit"), folded)
                .bind("line", LikePattern.containing("\n" + folded))
                .list(row -> new Named(row.longValue("id"), row.text("name")));
    }

    private List<Named> groups(long readerId, String folded) {
        return wordStarts(NativeSql.select(entityManager, "select g.id, g.name from relay_group g"
                + " where (g.name_key like :start or g.name_key like :word) and "
                + visibility.groupReadableClause("g.id", ":reader")
                + " order by g.archived, g.name_key, g.id limit :limit"), folded)
                .bind("reader", readerId)
                .list(row -> new Named(row.longValue("id"), row.text("name")));
    }

    /**
     * Topics in alphabetical order, each found with one index step after the one before (not by reading every
     * post that has one), kept when a post the reader may see carries it.
     */
    private List<String> topics(long readerId, String typed) {
        String prefix = PostText.normaliseTopic(typed.startsWith("#") ? typed : "#" + typed).orElse(null);
        if (prefix == null) {
            return List.of();
        }
        return NativeSql.select(entityManager, """
                with recursive found(topic) as (
                    (select t.topic from post_topic t where t.topic like :start order by t.topic limit 1)
                    union all
                    select (select t.topic from post_topic t where t.topic > f.topic and t.topic like :start
                            order by t.topic limit 1)
                    from found f where f.topic is not null
                )
                select f.topic from found f where f.topic is not null and exists (select 1 from post_topic t
                    join post p on p.id = t.post_id where t.topic = f.topic and %s)
                limit :limit""".formatted(visibility.shownClause("p", ":reader")))
                .bind("start", LikePattern.startingWith(prefix))
                .bind("reader", readerId)
                .bind("limit", PER_KIND)
                .list(row -> row.text("topic"));
    }

    private static NativeSql wordStarts(NativeSql query, String folded) {
        return query.bind("start", LikePattern.startingWith(folded))
                .bind("word", LikePattern.containing(" " + folded))
                .bind("limit", PER_KIND);
    }
}
