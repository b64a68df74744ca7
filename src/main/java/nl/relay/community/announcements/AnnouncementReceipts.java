package nl.relay.community.announcements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.errors.NotAllowed;
import nl.relay.platform.errors.NotFound;
import nl.relay.posts.Post;
import nl.relay.posts.PostKind;
import nl.relay.posts.ReadablePosts;

/**
 * An announcement's acknowledgement rate, for its author, admins and communications: counted over the
 * announcement notifications of active accounts (one index range on the post).
 */
@ApplicationScoped
public class AnnouncementReceipts {

    private final EntityManager entityManager;
    private final ReadablePosts readable;

    AnnouncementReceipts(EntityManager entityManager, ReadablePosts readable) {
        this.entityManager = entityManager;
        this.readable = readable;
    }

    /** Whether this reader sees the rate of an announcement by {@code authorId}. */
    public static boolean mayWatch(Caller caller, long authorId) {
        return caller.accountId() == authorId || caller.hasRole(Role.ADMIN) || caller.hasRole(Role.COMMUNICATIONS);
    }

    /** The rate; 404 for what the caller may not read or is no announcement, 403 for others than those above. */
    public AcknowledgementRate of(Caller caller, long postId) {
        Post post = readable.require(caller.accountId(), postId);
        if (!PostKind.ANNOUNCEMENT.toString().equals(post.kind)) {
            throw new NotFound("No such announcement.");
        }
        if (!mayWatch(caller, post.authorId)) {
            throw new NotAllowed("Only its author, admins and communications see who acknowledged an announcement.");
        }
        return rate(postId).orElseThrow(() -> new NotFound("No such announcement."));
    }

    /**
     * For a page showing this post to this reader: the rate when the post is an announcement the reader
     * {@link #mayWatch watches}, else nothing.
     */
    public Optional<AcknowledgementRate> shownTo(Caller reader, Post post) {
        if (!PostKind.ANNOUNCEMENT.toString().equals(post.kind) || !mayWatch(reader, post.authorId)) {
            return Optional.empty();
        }
        return rate(post.id);
    }

    private Optional<AcknowledgementRate> rate(long postId) {
        return NativeSql.select(entityManager, """
                select x.fanned_out_at is not null as complete,
                       (select count(*) from notification n join account a on a.id = n.recipient_id and a.active
                        where n.post_id = x.post_id and n.type = 'announcement') as audience,
                       (select count(*) from notification n join account a on a.id = n.recipient_id and a.active
                        where n.post_id = x.post_id and n.type = 'announcement'
                          and n.acknowledged_at is not null) as acknowledged
                from announcement x where x.post_id = :post""")
                .bind("post", postId)
                .first(row -> AcknowledgementRate.of(row.longValue("audience"), row.longValue("acknowledged"),
                        row.flag("complete")));
    }
}
