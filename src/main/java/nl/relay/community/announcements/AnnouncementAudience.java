package nl.relay.community.announcements;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.platform.database.NativeSql;

/**
 * Who an announcement goes to: every active account (or, in a group, every active member) that existed when it was
 * posted, never its author. Read a batch at a time in account id order, each batch from the primary key (or the
 * group's membership) onwards, so a batch costs the same however far the fan-out has come.
 */
final class AnnouncementAudience {

    private AnnouncementAudience() {
    }

    /** The next {@code limit} addressees with an account id above {@code afterAccountId}. */
    static List<Long> batch(EntityManager entityManager, long postId, Long groupId, long afterAccountId, int limit) {
        String sql = groupId == null ? """
                select a.id from announcement x join post p on p.id = x.post_id
                join account a on a.id > :after and a.active and a.created_at <= x.audience_at and a.id <> p.author_id
                where x.post_id = :post
                order by a.id limit :limit""" : """
                select a.id from announcement x join post p on p.id = x.post_id
                join group_member m on m.group_id = p.group_id and m.account_id > :after
                     and m.joined_at <= x.audience_at and m.account_id <> p.author_id
                join account a on a.id = m.account_id and a.active
                where x.post_id = :post
                order by m.account_id limit :limit""";
        return NativeSql.select(entityManager, sql)
                .bind("post", postId)
                .bind("after", afterAccountId)
                .bind("limit", limit)
                .list(row -> row.longValue("id"));
    }
}
