package nl.relay.privacy.subjects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.platform.database.LikePattern;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;
import nl.relay.platform.text.TextFolding;
import nl.relay.posts.PostView;
import nl.relay.privacy.subjects.SubjectReport.Excerpt;
import nl.relay.privacy.subjects.SubjectReport.NamingPost;

/**
 * The posts that name a person, now or in an earlier version, removed ones included (the archive keeps them):
 * the database narrows every text down by a plain word of each form (one pass over all posts and versions, which
 * an access request can afford), and {@link WrittenForms} decides.
 */
@ApplicationScoped
class NamingPosts {

    /** Accented letters and their plain forms, so "Zoë" in a post is found by a name written "Zoe". */
    private static final String ACCENTED = "áàâäãåāéèêëēíìîïīóòôöõøōúùûüūýÿñçšž";
    private static final String PLAIN = ACCENTED.chars()
            .mapToObj(c -> TextFolding.fold(String.valueOf((char) c)).substring(0, 1))
            .collect(Collectors.joining());

    private final EntityManager entityManager;

    NamingPosts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<NamingPost> naming(WrittenForms forms) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < forms.emails().size(); i++) {
            conditions.add("lower(t.body) like :email" + i);
            parameters.put("email" + i, LikePattern.containing(forms.emails().get(i)));
        }
        for (int i = 0; i < forms.phones().size(); i++) {
            conditions.add("regexp_replace(t.body, '[^0-9]', '', 'g') like :phone" + i);
            parameters.put("phone" + i, "%" + WrittenForms.nationalDigits(forms.phones().get(i)) + "%");
        }
        for (int i = 0; i < forms.names().size(); i++) {
            String word = WrittenForms.longestWord(forms.names().get(i));
            if (!word.isEmpty()) {
                conditions.add("translate(lower(t.body), :accented, :plain) like :name" + i);
                parameters.put("name" + i, LikePattern.containing(word));
            }
        }
        if (conditions.isEmpty()) {
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
                order by h.post_id, h.written_at""".formatted(String.join(" or ", conditions),
                Colleagues.columns("a", "author")));
        if (conditions.stream().anyMatch(c -> c.contains(":accented"))) {
            query.bind("accented", ACCENTED).bind("plain", PLAIN);
        }
        parameters.forEach(query::bind);
        return collect(query.list(row -> row), forms);
    }

    private static List<NamingPost> collect(List<Row> rows, WrittenForms forms) {
        Map<Long, NamingPost> posts = new LinkedHashMap<>();
        for (Row row : rows) {
            String body = row.text("body");
            if (!forms.foundIn(body)) {
                continue;
            }
            long id = row.longValue("post_id");
            posts.computeIfAbsent(id, key -> new NamingPost(key, author(row), row.instant("created_at"),
                    row.flag("deleted"), new ArrayList<>()))
                    .excerpts().add(new Excerpt(row.instant("written_at"), forms.excerpt(body)));
        }
        return posts.values().stream().map(post -> new NamingPost(post.id(), post.author(), post.createdAt(),
                post.removed(), List.copyOf(post.excerpts()))).toList();
    }

    private static PostView.Person author(Row row) {
        return Colleagues.read(row, "author");
    }
}
