package nl.relay.posts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A post: a root that starts a thread, or a reply within one. Deleted posts stay as tombstones.
 * Updates write only the changed columns, so an edit never overwrites a concurrent like or reply count.
 */
@Entity
@DynamicUpdate
@Table(name = "post")
public class Post extends PanacheEntityBase {

    /** Taken from post_id_seq before the insert, because a root post is its own thread (see PublishPost). */
    @Id
    public Long id;

    @Column(name = "author_id")
    public long authorId;

    public String body;

    public String kind;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "client_id")
    public Long clientId;

    @Column(name = "sector_code")
    public String sectorCode;

    @Column(name = "in_reply_to")
    public Long inReplyTo;

    @Column(name = "thread_id")
    public long threadId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    public boolean deleted;

    /** When and by whom it was removed (kept for the legal archive); null while it is not. */
    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "removed_by")
    public Long removedBy;

    /** When a moderator hid it, who, and why (shown to its author); null while it is shown. */
    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_by")
    public Long hiddenBy;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Column(name = "like_count")
    public int likeCount;

    @Column(name = "reply_count")
    public int replyCount;

    public boolean isRoot() {
        return threadId == id;
    }

    /** The thread's posts after its root, oldest first. */
    public static List<Post> repliesInThread(long threadId) {
        return list("threadId = ?1 and id <> ?1 order by id", threadId);
    }
}
