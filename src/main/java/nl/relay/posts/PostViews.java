package nl.relay.posts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.platform.RequestLanguage;
import nl.relay.platform.SqlValues;

/**
 * Turns posts into views for one reader with a single query per page: the post with its author,
 * topics, mentions, client and whether the reader liked it, in the order asked for.
 */
@RequestScoped
public class PostViews {

    private static final int CHUNK = 1000;
    private static final String QUERY = """
            select p.id, p.body, p.kind, p.client_id, p.sector_code, p.in_reply_to, p.thread_id, p.created_at,
                   p.edited_at, p.deleted, p.like_count, p.reply_count, a.username, a.display_name, c.name,
                   c.sector_code,
                   (select coalesce(string_agg(t.topic, ' ' order by t.topic), '') from post_topic t
                    where t.post_id = p.id),
                   (select coalesce(string_agg(m.username, ' ' order by m.username), '') from post_mention pm
                    join account m on m.id = pm.account_id where pm.post_id = p.id),
                   exists (select 1 from post_like l where l.post_id = p.id and l.account_id = :viewer),
                   p.group_id, g.name, g.visibility
            from post p
            join account a on a.id = p.author_id
            left join client c on c.id = p.client_id
            left join relay_group g on g.id = p.group_id
            where p.id in (:ids)""";

    private final EntityManager entityManager;
    private final RequestLanguage language;

    PostViews(EntityManager entityManager, RequestLanguage language) {
        this.entityManager = entityManager;
        this.language = language;
    }

    public PostView of(Post post, long viewerId) {
        return ofIds(List.of(post.id), viewerId).get(0);
    }

    public List<PostView> of(List<Post> posts, long viewerId) {
        return ofIds(posts.stream().map(p -> p.id).toList(), viewerId);
    }

    /** Views of the posts with these ids, in this order; a thousand at a time to keep the id list short. */
    public List<PostView> ofIds(List<Long> ids, long viewerId) {
        List<PostView> views = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += CHUNK) {
            views.addAll(chunk(ids.subList(start, Math.min(ids.size(), start + CHUNK)), viewerId));
        }
        return views;
    }

    @SuppressWarnings("unchecked")
    private List<PostView> chunk(List<Long> ids, long viewerId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery(QUERY)
                .setParameter("ids", ids)
                .setParameter("viewer", viewerId)
                .getResultList();
        boolean english = language.isEnglish();
        Map<Long, PostView> byId = new HashMap<>();
        for (Object[] row : rows) {
            PostView view = view(row, english);
            byId.put(view.id(), view);
        }
        return ids.stream().map(byId::get).filter(v -> v != null).toList();
    }

    private static PostView view(Object[] row, boolean english) {
        long id = number(row[0]);
        boolean deleted = (Boolean) row[9];
        Long clientId = row[3] == null ? null : number(row[3]);
        String sectorCode = row[4] != null ? (String) row[4] : (String) row[15];
        PostView.SectorRef sector = sectorCode == null
                ? null
                : PostView.SectorRef.of(SectorView.from(Sector.findById(sectorCode), english));
        return new PostView(id, new PostView.Person((String) row[12], (String) row[13]),
                deleted ? "" : (String) row[1], PostKind.parse((String) row[2]).orElse(PostKind.NOTE),
                words((String) row[16]), words((String) row[17]),
                row[19] == null ? null : new PostView.GroupRef(number(row[19]), (String) row[20], (String) row[21]),
                clientId == null ? null : new PostView.ClientRef(clientId, (String) row[14]), sector,
                row[5] == null ? null : number(row[5]), number(row[6]), SqlValues.instant(row[7]),
                SqlValues.instant(row[8]), deleted, (int) number(row[10]), (Boolean) row[18], (int) number(row[11]));
    }

    private static List<String> words(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
