package nl.relay.privacy.subjects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.posts.PostView;
import nl.relay.privacy.PersonIdentifiers;
import nl.relay.privacy.subjects.SubjectReport.Excerpt;
import nl.relay.privacy.subjects.SubjectReport.NamingPost;

/**
 * The posts that name a person, now or in an earlier version, removed ones included (the archive keeps them):
 * the database narrows every text down ({@link PersonIdentifiers#mayOccurIn}; one pass over all posts and versions,
 * which an access request can afford), and {@link PersonIdentifiers} decides, the rule the erasure takes the same
 * text out by.
 */
@ApplicationScoped
class NamingPosts {

    /** Characters an excerpt shows on either side of what names the person. */
    private static final int CONTEXT = 100;

    private final EntityManager entityManager;

    NamingPosts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<NamingPost> naming(PersonIdentifiers identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        NativeSql query = NativeSql.select(entityManager, """
                with texts as (
                    select p.id as post_id, p.body, coalesce(p.edited_at, p.created_at) as written_at
                    from post p where p.body is not null
                    union all
                    select v.post_id, v.body, v.edited_at from post_version v
                ), hits as (
                    select distinct on (t.post_id, t.body) t.post_id, t.body, t.written_at
                    from texts t
                    where %s
                    order by t.post_id, t.body, t.written_at
                )
                select h.post_id, h.body, h.written_at, p.created_at, p.deleted, %s
                from hits h
                join post p on p.id = h.post_id
                join account a on a.id = p.author_id
                order by h.post_id, h.written_at""".formatted(PersonIdentifiers.mayOccurIn("t.body"),
                Colleagues.columns("a", "author")));
        return collect(identifiers.bindPatterns(query).list(row -> row), identifiers);
    }

    private static List<NamingPost> collect(List<Row> rows, PersonIdentifiers identifiers) {
        Map<Long, NamingPost> posts = new LinkedHashMap<>();
        for (Row row : rows) {
            String body = row.text("body");
            int at = identifiers.firstPlace(body);
            if (at < 0) {
                continue;
            }
            long id = row.longValue("post_id");
            posts.computeIfAbsent(id, key -> new NamingPost(key, author(row), row.instant("created_at"),
                    row.flag("deleted"), new ArrayList<>()))
                    .excerpts().add(new Excerpt(row.instant("written_at"), excerpt(body, at)));
        }
        return posts.values().stream().map(post -> new NamingPost(post.id(), post.author(), post.createdAt(),
                post.removed(), List.copyOf(post.excerpts()))).toList();
    }

    /** The passage of the text around where it names the person; the whole text when short. */
    private static String excerpt(String text, int at) {
        if (text.length() <= 2 * CONTEXT) {
            return text;
        }
        int start = Math.max(0, at - CONTEXT);
        int end = Math.min(text.length(), at + CONTEXT);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    private static PostView.Person author(Row row) {
        return Colleagues.read(row, "author");
    }
}
