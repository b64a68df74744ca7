package nl.relay.posts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.platform.RequestLanguage;

/**
 * Turns posts into views for one reader with a fixed number of queries per page (authors, topics,
 * mentions, clients, likes), however many posts there are.
 */
@RequestScoped
public class PostViews {

    private static final int CHUNK = 1000;

    private final EntityManager entityManager;
    private final RequestLanguage language;

    PostViews(EntityManager entityManager, RequestLanguage language) {
        this.entityManager = entityManager;
        this.language = language;
    }

    public PostView of(Post post, long viewerId) {
        return of(List.of(post), viewerId).get(0);
    }

    /** Views of any number of posts, built a thousand at a time to keep the id lists of the queries short. */
    public List<PostView> of(List<Post> posts, long viewerId) {
        if (posts.size() <= CHUNK) {
            return chunk(posts, viewerId);
        }
        List<PostView> views = new ArrayList<>(posts.size());
        for (int start = 0; start < posts.size(); start += CHUNK) {
            views.addAll(chunk(posts.subList(start, Math.min(posts.size(), start + CHUNK)), viewerId));
        }
        return views;
    }

    private List<PostView> chunk(List<Post> posts, long viewerId) {
        if (posts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = posts.stream().map(p -> p.id).toList();
        Map<Long, PostView.Person> authors = authors(posts.stream().map(p -> p.authorId).toList());
        Map<Long, List<String>> topics = grouped("select post_id, topic from post_topic where post_id in (:ids) "
                + "order by post_id, topic", ids);
        Map<Long, List<String>> mentions = grouped("select m.post_id, a.username from post_mention m "
                + "join account a on a.id = m.account_id where m.post_id in (:ids) order by m.post_id, a.username",
                ids);
        Map<Long, ClientRow> clients = clients(posts);
        Set<Long> liked = liked(ids, viewerId);
        boolean english = language.isEnglish();
        List<PostView> views = new ArrayList<>(posts.size());
        for (Post post : posts) {
            ClientRow client = post.clientId == null ? null : clients.get(post.clientId);
            String sectorCode = post.sectorCode != null ? post.sectorCode : client == null ? null : client.sectorCode();
            PostView.SectorRef sector = sectorCode == null
                    ? null
                    : PostView.SectorRef.of(SectorView.from(Sector.findById(sectorCode), english));
            views.add(new PostView(post.id, authors.get(post.authorId), post.deleted ? "" : post.body,
                    PostKind.parse(post.kind).orElse(PostKind.NOTE),
                    topics.getOrDefault(post.id, List.of()), mentions.getOrDefault(post.id, List.of()),
                    null, client == null ? null : new PostView.ClientRef(client.id(), client.name()), sector,
                    post.inReplyTo, post.threadId, post.createdAt, post.editedAt, post.deleted,
                    post.likeCount, liked.contains(post.id), post.replyCount));
        }
        return views;
    }

    private Map<Long, PostView.Person> authors(Collection<Long> accountIds) {
        Map<Long, PostView.Person> authors = new HashMap<>();
        for (Object[] row : rows("select id, username, display_name from account where id in (:ids)",
                new HashSet<>(accountIds))) {
            authors.put(((Number) row[0]).longValue(), new PostView.Person((String) row[1], (String) row[2]));
        }
        return authors;
    }

    private Map<Long, ClientRow> clients(List<Post> posts) {
        Set<Long> clientIds = new HashSet<>();
        posts.stream().filter(p -> p.clientId != null).forEach(p -> clientIds.add(p.clientId));
        Map<Long, ClientRow> clients = new HashMap<>();
        if (!clientIds.isEmpty()) {
            for (Object[] row : rows("select id, name, sector_code from client where id in (:ids)", clientIds)) {
                long id = ((Number) row[0]).longValue();
                clients.put(id, new ClientRow(id, (String) row[1], (String) row[2]));
            }
        }
        return clients;
    }

    /** The client fields a post view shows. */
    private record ClientRow(long id, String name, String sectorCode) {
    }

    private Set<Long> liked(List<Long> postIds, long viewerId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager
                .createNativeQuery("select post_id from post_like where account_id = :viewer and post_id in (:ids)")
                .setParameter("viewer", viewerId)
                .setParameter("ids", postIds)
                .getResultList();
        Set<Long> liked = new HashSet<>();
        rows.forEach(n -> liked.add(n.longValue()));
        return liked;
    }

    private Map<Long, List<String>> grouped(String sql, List<Long> ids) {
        Map<Long, List<String>> grouped = new HashMap<>();
        for (Object[] row : rows(sql, ids)) {
            grouped.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[1]);
        }
        return grouped;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids) {
        return entityManager.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }
}
