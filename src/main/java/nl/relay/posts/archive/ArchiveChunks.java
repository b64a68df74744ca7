package nl.relay.posts.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.relay.platform.database.NativeSql;
import nl.relay.platform.database.Row;

/**
 * Reads the archive a chunk at a time, by id after the last one written: each chunk is a few short queries in a
 * read-only transaction of its own (its posts, then their versions and likes, each in one query for the whole
 * chunk), so an export of millions of posts holds no transaction and no more than one chunk in memory.
 */
@ApplicationScoped
class ArchiveChunks {

    /** Posts per chunk: the size of what an export holds in memory at a time. */
    static final int SIZE = 500;

    private final EntityManager entityManager;
    private volatile int size = SIZE;

    ArchiveChunks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The next posts of the window with an id above {@code after}, in id order; fewer than {@link #size()} means
     * the export is complete.
     */
    /** Posts per chunk. */
    int size() {
        return size;
    }

    /** Makes chunks this many posts: tests export a handful of posts across several chunks. */
    void useSize(int posts) {
        size = posts;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<ArchivedPost> after(long after, ArchiveWindow window) {
        entityManager.createNativeQuery("set transaction read only").executeUpdate();
        List<PostRow> posts = NativeSql.select(entityManager, postsQuery(window))
                .bind("after", after)
                .bind("from", window.from())
                .bind("to", window.to())
                .bind("size", size)
                .list(PostRow::read);
        if (posts.isEmpty()) {
            return List.of();
        }
        Long[] ids = posts.stream().map(PostRow::id).toArray(Long[]::new);
        Map<Long, List<ArchivedPost.Version>> versions = new HashMap<>();
        NativeSql.select(entityManager, """
                select post_id, body, edited_at from post_version
                where post_id = any(cast(:ids as bigint[])) order by post_id, id""")
                .bind("ids", ids)
                .list(row -> row)
                .forEach(row -> versions.computeIfAbsent(row.longValue("post_id"), id -> new ArrayList<>())
                        .add(new ArchivedPost.Version(row.text("body"), row.instant("edited_at"))));
        Map<Long, List<ArchivedPost.Like>> likes = new HashMap<>();
        NativeSql.select(entityManager, """
                select l.post_id, a.username, l.created_at from post_like l join account a on a.id = l.account_id
                where l.post_id = any(cast(:ids as bigint[])) order by l.post_id, l.created_at, a.username""")
                .bind("ids", ids)
                .list(row -> row)
                .forEach(row -> likes.computeIfAbsent(row.longValue("post_id"), id -> new ArrayList<>())
                        .add(new ArchivedPost.Like(row.text("username"), row.instant("created_at"))));
        Map<Long, List<ArchivedPost.Erasure>> erasures = new HashMap<>();
        NativeSql.select(entityManager, """
                select x.post_id, e.id, e.at from erased_post x join erasure e on e.id = x.erasure_id
                where x.post_id = any(cast(:ids as bigint[])) order by x.post_id, e.id""")
                .bind("ids", ids)
                .list(row -> row)
                .forEach(row -> erasures.computeIfAbsent(row.longValue("post_id"), id -> new ArrayList<>())
                        .add(new ArchivedPost.Erasure(row.longValue("id"), row.instant("at"))));
        return posts.stream().map(post -> post.archived(versions.getOrDefault(post.id(), List.of()),
                likes.getOrDefault(post.id(), List.of()), erasures.getOrDefault(post.id(), List.of()))).toList();
    }

    /** Every post of the window, private groups' and removed ones included: the archive keeps what was said. */
    private static String postsQuery(ArchiveWindow window) {
        return """
                select p.id, a.username, a.display_name, p.kind, p.group_id, g.name as group_name, p.client_id,
                       p.sector_code, p.signal_type, p.created_at, p.in_reply_to, p.thread_id, p.edited_at, p.deleted,
                       p.removed_at, rb.username as removed_by_username, rb.display_name as removed_by_name
                from post p
                join account a on a.id = p.author_id
                left join account rb on rb.id = p.removed_by
                left join relay_group g on g.id = p.group_id
                where p.id > :after"""
                + (window.from() == null ? "" : " and p.created_at >= :from")
                + (window.to() == null ? "" : " and p.created_at < :to")
                + " order by p.id limit :size";
    }

    /** A post's own columns, before its versions and likes are added. */
    private record PostRow(long id, ArchivedPost.Author author, String kind, ArchivedPost.Group group, Long clientId,
            String sectorCode, String signalType, Instant createdAt, Long inReplyTo, long threadId,
            Instant editedAt, boolean deleted, Instant removedAt, ArchivedPost.Author removedBy) {

        static PostRow read(Row row) {
            Long groupId = row.nullableLong("group_id");
            return new PostRow(row.longValue("id"),
                    new ArchivedPost.Author(row.text("username"), row.text("display_name")), row.text("kind"),
                    groupId == null ? null : new ArchivedPost.Group(groupId, row.text("group_name")),
                    row.nullableLong("client_id"), row.text("sector_code"), row.text("signal_type"),
                    row.instant("created_at"), row.nullableLong("in_reply_to"), row.longValue("thread_id"),
                    row.instant("edited_at"), row.flag("deleted"), row.instant("removed_at"),
                    row.text("removed_by_username") == null
                            ? null
                            : new ArchivedPost.Author(row.text("removed_by_username"), row.text("removed_by_name")));
        }

        ArchivedPost archived(List<ArchivedPost.Version> versions, List<ArchivedPost.Like> likes,
                List<ArchivedPost.Erasure> erasures) {
            return new ArchivedPost(id, author, kind, group, clientId, sectorCode, signalType, createdAt, inReplyTo,
                    threadId, versions, editedAt, deleted, removedAt, removedBy, likes, erasures);
        }
    }
}
