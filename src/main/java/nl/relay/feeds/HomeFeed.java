package nl.relay.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.NativeSql;
import nl.relay.posts.Post;
import nl.relay.posts.PostVisibility;

/**
 * A reader's home feed, newest first: the precomputed timeline (followed accounts and topics), the
 * reader's own posts and the posts addressed to them. Each source is read backwards along its own
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

    @SuppressWarnings("unchecked")
    public List<Post> page(long readerId, Long beforeId, int fetchSize) {
        String before = beforeId == null ? "" : " and p.id < :before";
        String readable = " and not p.deleted and " + visibility.readableClause("p", ":viewer");
        String sql = "select p.* from post p where p.id in ("
                + "(select p.id from timeline_entry e join post p on p.id = e.post_id where e.account_id = :viewer"
                + before.replace("p.id", "e.post_id") + readable + " order by e.post_id desc limit :limit)"
                + " union all (select p.id from post p where p.author_id = :viewer" + before + readable
                + " order by p.id desc limit :limit)"
                + " union all (select p.id from post_mention m join post p on p.id = m.post_id where m.account_id = :viewer"
                + before.replace("p.id", "m.post_id") + readable + " order by m.post_id desc limit :limit)"
                + ") order by p.id desc limit :limit";
        return NativeSql.of(entityManager, sql, Post.class)
                .bind("viewer", readerId)
                .bind("limit", fetchSize)
                .bind("before", beforeId)
                .query().getResultList();
    }
}
