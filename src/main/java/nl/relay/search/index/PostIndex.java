package nl.relay.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.relay.alerts.matching.MatchablePost;
import nl.relay.platform.database.NativeSql;

/**
 * The one writer of a post's search terms: reads what alerts match on (its words, client, sector, kind, author,
 * topics and group) as it is now, and stores its terms. A removed post has none.
 */
@ApplicationScoped
public class PostIndex {

    private final EntityManager entityManager;

    PostIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Indexes these posts as they are now; removed ones are skipped (their terms went with their text). */
    @Transactional
    public void index(List<Long> postIds) {
        List<MatchablePost> posts = MatchablePost.byIds(entityManager, postIds);
        if (posts.isEmpty()) {
            return;
        }
        Long[] ids = posts.stream().map(MatchablePost::id).toArray(Long[]::new);
        String[] terms = posts.stream().map(PostTerms::of).toArray(String[]::new);
        // Locked in id order first, as every writer of posts locks a thread's root before its replies: an update
        // of many rows at once would lock them in whatever order its plan visits them, and could wait crosswise on
        // a reply, a removal or an accepted answer in the same thread.
        NativeSql.select(entityManager, """
                select id from post where id = any(cast(:ids as bigint[])) order by id for no key update""")
                .bind("ids", ids)
                .list(row -> row.longValue("id"));
        NativeSql.of(entityManager, """
                update post p set search_terms = cast(v.terms as tsvector)
                from unnest(cast(:ids as bigint[]), cast(:terms as text[])) as v(id, terms)
                where p.id = v.id and not p.deleted""")
                .bind("ids", ids).bind("terms", terms)
                .query().executeUpdate();
    }
}
