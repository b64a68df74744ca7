package nl.relay.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * A reader's home feed, newest first: the precomputed timeline (followed accounts and topics), the
 * reader's own posts, the posts addressed to them and the posts of their groups. Each source is read backwards along its own
 * index for just one page, so a page costs the same whatever the size of the archive.
 */
@ApplicationScoped
public class HomeFeed {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    HomeFeed(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** The ids of one page, newest first. */
    @SuppressWarnings("unchecked")
    public List<Long> page(long readerId, Long beforeId, int fetchSize) {
        String shown = " and " + visibility.shownClause("p", ":viewer");
        String sql = "select id from ("
                + "(select e.post_id as id from timeline_entry e join post p on p.id = e.post_id"
                + " where e.account_id = :viewer" + (beforeId == null ? "" : " and e.post_id < :before") + shown
                + " order by e.post_id desc limit :limit)"
                + " union (select p.id from post p where p.author_id = :viewer"
                + (beforeId == null ? "" : " and p.id < :before") + shown + " order by p.id desc limit :limit)"
                + " union (select m.post_id from post_mention m join post p on p.id = m.post_id"
                + " where m.account_id = :viewer" + (beforeId == null ? "" : " and m.post_id < :before") + shown
                + " order by m.post_id desc limit :limit)"
                + " union (select g.id from group_member gm cross join lateral (select p.id from post p"
                + " where p.group_id = gm.group_id" + (beforeId == null ? "" : " and p.id < :before") + shown
                + " order by p.id desc limit :limit) g where gm.account_id = :viewer)"
                + ") ids order by id desc limit :limit";
        List<Number> ids = NativeSql.of(entityManager, sql)
                .bind("viewer", readerId)
                .bind("limit", fetchSize)
                .bind("before", beforeId)
                .query().getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** A post that is in a reader's home feed. */
    public record Arrival(long readerId, long postId) {
    }

    /**
     * Which of these posts are in which of these readers' home feeds, from the same sources as {@link #page}
     * (never a reader's own post), in one query for all of them: for the "new posts" prompt.
     */
    public List<Arrival> arrivals(List<Long> postIds, Collection<Long> readerIds) {
        if (postIds.isEmpty() || readerIds.isEmpty()) {
            return List.of();
        }
        return NativeSql.select(entityManager, """
                select r.id as reader_id, p.id as post_id
                from unnest(cast(:readers as bigint[])) r(id)
                join post p on p.id = any(cast(:posts as bigint[])) and p.author_id <> r.id
                where (exists (select 1 from timeline_entry e where e.account_id = r.id and e.post_id = p.id)
                    or exists (select 1 from post_mention m where m.account_id = r.id and m.post_id = p.id)
                    or exists (select 1 from group_member gm where gm.group_id = p.group_id
                               and gm.account_id = r.id))
                and """ + visibility.shownClause("p", "r.id") + " order by p.id")
                .bind("readers", readerIds.toArray(Long[]::new))
                .bind("posts", postIds.toArray(Long[]::new))
                .list(row -> new Arrival(row.longValue("reader_id"), row.longValue("post_id")));
    }
}
