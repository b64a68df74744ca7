package nl.relay.mailin.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.relay.platform.database.NativeSql;

/**
 * The post an earlier mail became, found by the Message-IDs a new mail answers (In-Reply-To, References): a
 * reply-all to a mail that went to post@ as well becomes a reply in that post's thread, not a second post.
 */
@ApplicationScoped
class EarlierMail {

    private final EntityManager entityManager;

    EarlierMail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The post of the nearest earlier mail this one answers, if one of them became a post. */
    Optional<Long> postAnswered(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return NativeSql.select(entityManager, """
                select post_id from inbound_mail
                where message_id = any(cast(:ids as text[])) and post_id is not null
                order by array_position(cast(:ids as text[]), message_id) limit 1""")
                .bind("ids", messageIds.toArray(String[]::new)).first(row -> row.longValue("post_id"));
    }
}
