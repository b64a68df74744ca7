package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one rule for who may read a post. Every path that shows posts, counts them or tells about
 * them asks here: by id ({@link #mayRead}) or inside a query ({@link #readableClause}).
 * Posts outside groups are readable by every signed-in account; group posts only once groups exist.
 */
@ApplicationScoped
public class PostVisibility {

    public boolean mayRead(long viewerId, Post post) {
        return post.groupId == null;
    }

    /**
     * A SQL condition on the post table under {@code alias} that holds exactly for the posts
     * {@link #mayRead} allows the reader to see. The reader is the SQL expression
     * {@code viewer}: a bound parameter such as {@code :viewer}, or a column when one query
     * decides for many readers (delivery to home feeds).
     */
    public String readableClause(String alias, String viewer) {
        return "(" + alias + ".group_id is null)";
    }
}
