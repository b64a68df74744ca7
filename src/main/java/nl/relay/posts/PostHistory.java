package nl.relay.posts;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import nl.relay.platform.database.NativeSql;

/** The versions of a post's text, oldest first. */
public final class PostHistory {

    private PostHistory() {
    }

    public static List<PostResource.Version> of(long postId) {
        return NativeSql.select(Panache.getEntityManager(),
                "select body, edited_at from post_version where post_id = ?1 order by id")
                .bind(1, postId)
                .list(row -> new PostResource.Version(row.text("body"), row.instant("edited_at")));
    }
}
