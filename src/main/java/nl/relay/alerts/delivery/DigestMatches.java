package nl.relay.alerts.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.relay.notifications.digest.DigestDue;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * The matches of a person's daily or weekly alerts in a digest's period, for one channel: only posts they
 * are shown and did not write themselves; by alert, newest post first.
 */
@ApplicationScoped
class DigestMatches {

    private final EntityManager entityManager;
    private final PostVisibility visibility;

    DigestMatches(EntityManager entityManager, PostVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /** One match in a digest's period. */
    record DigestMatch(long alertId, String alertName, long postId, String authorName, String body) {
    }

    List<DigestMatch> of(DigestDue due, String channel) {
        return NativeSql.select(entityManager, """
                select al.id as alert_id, al.name as alert_name, p.id as post_id, actor.display_name as author_name,
                       p.body
                from alert al
                join alert_match m on m.alert_id = al.id
                join post p on p.id = m.post_id
                join account actor on actor.id = p.author_id
                where al.frequency = :frequency and :channel = any(al.channels)
                  and %s
                  and m.matched_at > :since and m.matched_at <= :until
                  and p.author_id <> :account and %s
                order by al.id, p.id desc""".formatted(AlertRecipients.receives("al", ":account"),
                visibility.shownClause("p", ":account")))
                .bind("frequency", due.frequency()).bind("channel", channel).bind("account", due.accountId())
                .bind("since", due.since()).bind("until", due.until())
                .list(row -> new DigestMatch(row.longValue("alert_id"), row.text("alert_name"),
                        row.longValue("post_id"), row.text("author_name"), row.text("body")));
    }
}
