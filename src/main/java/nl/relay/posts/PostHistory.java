package nl.relay.posts;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import nl.relay.platform.SqlValues;

/** The versions of a post's text, oldest first. */
final class PostHistory {

    private PostHistory() {
    }

    @SuppressWarnings("unchecked")
    static List<PostResource.Version> of(long postId) {
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select body, edited_at from post_version where post_id = ?1 order by id")
                .setParameter(1, postId)
                .getResultList();
        return rows.stream().map(row -> new PostResource.Version((String) row[0], SqlValues.instant(row[1]))).toList();
    }
}
