package nl.relay.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The one rule for who may read a post. Every path that shows posts, counts them or tells about
 * them asks here: by id ({@link #mayRead}) or inside a query ({@link #shownClause} for what is shown,
 * {@link #readableClause} where a removed post is handled apart).
 * <p>
 * A post outside any group is readable by every signed-in account; a post in a public group too; a
 * post in a private group only by the group's current members (replies carry their root's group). Site
 * admins are no exception: a private group's talk stays inside it. Membership is read from the
 * database on every call, so joining or leaving applies on the very next request.
 * <p>
 * A post a moderator hid is readable only by its author; a reply whose thread's root is hidden too (replies carry
 * their root's state as they carry its group). Moderators and admins read hidden and private posts only on the
 * moderation paths, which log the read (nl.relay.community.moderation); here they are no exception either.
 */
@ApplicationScoped
public class PostVisibility {

    private final EntityManager entityManager;

    PostVisibility(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean mayRead(long viewerId, Post post) {
        if (hiddenFrom(viewerId, post)) {
            return false;
        }
        if (post.groupId == null) {
            return true;
        }
        return (Boolean) entityManager.createNativeQuery("select " + groupReadable(":group", ":viewer"))
                .setParameter("group", post.groupId)
                .setParameter("viewer", viewerId)
                .getSingleResult();
    }

    /**
     * Of a root's replies, those the viewer may read: the root's group rule and hiding asked once for all of them
     * (replies carry their root's group), then each reply's own hiding. The same answer as {@link #mayRead} per reply.
     */
    public List<Post> readableReplies(long viewerId, Post root, List<Post> replies) {
        if (!mayRead(viewerId, root)) {
            return List.of();
        }
        return replies.stream().filter(reply -> reply.hiddenAt == null || reply.authorId == viewerId).toList();
    }

    /** The post, or its thread's root, was hidden by a moderator, and the viewer is not the hidden post's author. */
    private static boolean hiddenFrom(long viewerId, Post post) {
        if (post.hiddenAt != null && post.authorId != viewerId) {
            return true;
        }
        if (post.isRoot()) {
            return false;
        }
        Post root = Post.findById(post.threadId);
        return root != null && root.hiddenAt != null && root.authorId != viewerId;
    }

    /**
     * A SQL condition on the post table under {@code alias} that holds exactly for the posts
     * {@link #mayRead} allows the reader to see. The reader is the SQL expression
     * {@code viewer}: a bound parameter such as {@code :viewer}, or a column when one query
     * decides for many readers (delivery to home feeds).
     */
    public String readableClause(String alias, String viewer) {
        return "((" + alias + ".group_id is null or " + groupReadable(alias + ".group_id", viewer) + ") and not exists "
                + "(select 1 from post vis_h where vis_h.id in (" + alias + ".id, " + alias + ".thread_id)"
                + " and vis_h.hidden_at is not null and vis_h.author_id <> " + viewer + "))";
    }

    /**
     * A SQL condition on the post table under {@code alias} that holds for the posts shown to the reader: not
     * removed, and {@link #readableClause readable} by them. Every list, count and message of posts asks this.
     */
    public String shownClause(String alias, String viewer) {
        return "(not " + alias + ".deleted and " + readableClause(alias, viewer) + ")";
    }

    /**
     * A SQL condition on the post table under {@code alias} that holds for the posts shown to a reader who is not
     * known (a team alert's feed, whose address its members share and keep after they leave): not removed, not
     * hidden by a moderator (nor its thread's root), and {@link #readableByAnyoneClause readable by anyone}.
     */
    public String shownToAnyoneClause(String alias) {
        return "(not " + alias + ".deleted and " + readableByAnyoneClause(alias) + " and not exists (select 1 from post"
                + " vis_h where vis_h.id in (" + alias + ".id, " + alias
                + ".thread_id) and vis_h.hidden_at is not null))";
    }

    /**
     * A SQL condition on the post table under {@code alias} that holds for the posts every signed-in account
     * may read: outside groups and in public groups.
     */
    private static String readableByAnyoneClause(String alias) {
        return "(" + alias + ".group_id is null or exists (select 1 from relay_group vis_g where vis_g.id = "
                + alias + ".group_id and vis_g.visibility = 'public'))";
    }

    /**
     * A SQL condition that holds when the group whose id is the SQL expression {@code group} is one whose posts the
     * reader may read (public, or they are a member): for lists of groups that must hide what a reader may not
     * read, such as search suggestions.
     */
    public String groupReadableClause(String group, String viewer) {
        return groupReadable(group, viewer);
    }

    /**
     * A SQL condition on something that is not a post (yet) but would be read in a group, such as a draft or a team
     * alert: the group (the SQL expression {@code group}, null for none) lets the viewer read its posts. No moderator
     * has hidden a draft, so only the group part of {@link #readableClause} applies.
     */
    public String groupAudienceClause(String group, String viewer) {
        return "(" + group + " is null or " + groupReadable(group, viewer) + ")";
    }

    /** The group is public, or the viewer is a member. Aliases are unusual so they never hide the caller's. */
    private static String groupReadable(String group, String viewer) {
        return "exists (select 1 from relay_group vis_g where vis_g.id = " + group + " and (vis_g.visibility = 'public'"
                + " or exists (select 1 from group_member vis_m where vis_m.group_id = vis_g.id"
                + " and vis_m.account_id = " + viewer + ")))";
    }
}
