package nl.relay.posts;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import nl.relay.platform.database.NativeSql;

/** The versions of a post's text, oldest first; none once it was removed (the legal archive keeps them). */
public final class PostHistory {

    private PostHistory() {
    }

    public static List<PostResource.Version> of(long postId) {
        return NativeSql.select(Panache.getEntityManager(),
                "select v.body, v.edited_at from post_version v join post p on p.id = v.post_id "
                        + "where v.post_id = ?1 and not p.deleted order by v.id")
                .bind(1, postId)
                .list(row -> new PostResource.Version(row.text("body"), row.instant("edited_at")));
    }
}
