package nl.relay.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;

/**
 * Groups a page of notifications by what they are about, keeping the page's order (an entry sits where its
 * newest notification was): everything about one post (the replies to a thread count as about its first
 * post), each group's requests of one kind, and every other notification on its own. Groups only within
 * the page, so paging by notification id stays exact; an entry may continue on the next page.
 */
@ApplicationScoped
public class NotificationGroups {

    private final EntityManager entityManager;
    private final PostViews postViews;

    NotificationGroups(EntityManager entityManager, PostViews postViews) {
        this.entityManager = entityManager;
        this.postViews = postViews;
    }

    public List<NotificationGroup> of(long readerId, List<NotificationView> page) {
        Map<String, List<NotificationView>> entries = new LinkedHashMap<>();
        page.forEach(n -> entries.computeIfAbsent(key(n), k -> new ArrayList<>()).add(n));
        Set<Long> threads = new HashSet<>();
        page.stream().filter(NotificationGroups::isReply).forEach(n -> threads.add(n.post().threadId()));
        Set<Long> mine = startedBy(readerId, threads);
        Map<Long, PostView> roots = new HashMap<>();
        postViews.ofIds(List.copyOf(threads), readerId).forEach(v -> roots.put(v.id(), v));
        Map<Long, String> titles = titles(page.stream().map(NotificationView::relatedPost).filter(Objects::nonNull)
                .map(PostView::id).collect(Collectors.toSet()));
        return entries.values().stream().map(members -> entry(members, mine, roots, titles)).toList();
    }

    private static String key(NotificationView n) {
        if (n.post() != null) {
            return "post:" + (isReply(n) ? n.post().threadId() : n.post().id());
        }
        if (n.group() != null) {
            return "group:" + n.group().id() + ":" + n.group().event();
        }
        return "notification:" + n.id();
    }

    private static boolean isReply(NotificationView n) {
        return "reply".equals(n.type()) && n.post() != null;
    }

    private static NotificationGroup entry(List<NotificationView> members, Set<Long> mine, Map<Long, PostView> roots,
            Map<Long, String> titles) {
        NotificationView newest = members.get(0);
        PostView post = members.stream().filter(n -> !isReply(n)).map(NotificationView::post)
                .filter(Objects::nonNull).findFirst()
                .orElseGet(() -> newest.post() == null
                        ? null
                        : roots.getOrDefault(newest.post().threadId(),
                                newest.post()));
        Map<String, List<NotificationView>> kinds = new LinkedHashMap<>();
        // A match is told once for each of the reader's own candidates or vacancies the new post fits.
        members.forEach(n -> kinds.computeIfAbsent(n.type() + ":" + (n.alert() == null ? "" : n.alert().id()) + ":"
                + (n.relatedPost() == null ? "" : n.relatedPost().id()) + (n.dueAt() == null ? "" : ":" + n.dueAt()),
                k -> new ArrayList<>()).add(n));
        List<NotificationGroup.Notice> notices = kinds.values().stream().map(same -> notice(same, mine, titles))
                .toList();
        return new NotificationGroup(members.stream().map(NotificationView::id).toList(), post, notices,
                members.stream().anyMatch(n -> n.readAt() == null),
                members.stream().anyMatch(NotificationView::mustRead),
                members.stream().anyMatch(n -> n.acknowledgedAt() != null), newest.createdAt());
    }

    /**
     * One sentence for notifications of one kind: the newest actor by name, and how many others. Newest by
     * the post they are about (notifications of posts published together may be written in any order).
     */
    private static NotificationGroup.Notice notice(List<NotificationView> same, Set<Long> mine,
            Map<Long, String> titles) {
        NotificationView newest = same.stream().max(java.util.Comparator.comparingLong(
                (NotificationView n) -> n.post() == null ? 0 : n.post().id()).thenComparingLong(NotificationView::id))
                .orElseThrow();
        Set<String> actors = new LinkedHashSet<>();
        same.stream().map(NotificationView::actor).filter(Objects::nonNull)
                .forEach(a -> actors.add(a.username()));
        String who = newest.actor() == null
                ? same.stream().map(NotificationView::actor).filter(Objects::nonNull).map(
                        NotificationView.Actor::displayName).findFirst().orElse(null)
                : newest.actor().displayName();
        int others = Math.max(0, actors.size() - 1);
        boolean toMyPost = isReply(newest) && mine.contains(newest.post().threadId());
        return new NotificationGroup.Notice(newest.type(), who, others, toMyPost, newest.alert(), newest.group(),
                newest.post() == null || newest.post().kind() == null ? null : newest.post().kind().toString(),
                newest.relatedPost() == null ? null : titles.get(newest.relatedPost().id()), newest.dueAt());
    }

    /** The titles of the candidates and vacancies whose posts these are (a match names the reader's own). */
    private Map<Long, String> titles(Set<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        NativeSql.select(entityManager, """
                select post_id, title from candidate where post_id = any(cast(:posts as bigint[]))
                union all
                select post_id, title from vacancy where post_id = any(cast(:posts as bigint[]))""")
                .bind("posts", postIds.toArray(Long[]::new))
                .list(row -> titles.put(row.longValue("post_id"), row.text("title")));
        return titles;
    }

    /** Which of these threads the reader started. */
    private Set<Long> startedBy(long readerId, Set<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Set.of();
        }
        List<?> ids = entityManager.createNativeQuery(
                "select id from post where id = any(cast(?1 as bigint[])) and author_id = ?2", Long.class)
                .setParameter(1, threadIds.toArray(Long[]::new)).setParameter(2, readerId).getResultList();
        Set<Long> started = new HashSet<>();
        ids.forEach(id -> started.add(((Number) id).longValue()));
        return started;
    }
}
