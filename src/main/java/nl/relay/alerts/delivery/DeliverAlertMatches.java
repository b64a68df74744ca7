package nl.relay.alerts.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.notifications.NewNotification;
import nl.relay.notifications.WriteNotifications;
import nl.relay.platform.database.NativeSql;
import nl.relay.posts.PostVisibility;

/**
 * Keeps the matches an alert's readers may see, and tells about the new ones of instant alerts: a
 * notification (type alert) for the owner, or for each member of a team alert's group, who may read the
 * post and did not write it, shown in the app and mailed at once as the alert's channels say.
 */
@ApplicationScoped
public class DeliverAlertMatches {

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final WriteNotifications notifications;

    DeliverAlertMatches(EntityManager entityManager, PostVisibility visibility, WriteNotifications notifications) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.notifications = notifications;
    }

    /** Pairs of alert and post, as two arrays of the same length. */
    public void deliver(Long[] alertIds, Long[] postIds) {
        notifications.write(NativeSql.select(entityManager, statement())
                .bind("alerts", alertIds).bind("posts", postIds)
                .list(row -> NewNotification.alertMatch(row.longValue("recipient_id"), row.longValue("post_id"),
                        row.longValue("author_id"), row.longValue("alert_id"), row.flag("in_app"),
                        row.flag("mails"))));
    }

    /** Keeps the new matches, and answers who to tell about them. */
    private String statement() {
        return """
                with pairs as (
                    select * from unnest(cast(:alerts as bigint[]), cast(:posts as bigint[])) as m(alert_id, post_id)),
                readers as (%2$s),
                kept as (
                    insert into alert_match (alert_id, post_id)
                    select pairs.alert_id, pairs.post_id from pairs join post p on p.id = pairs.post_id
                    where exists (select 1 from readers r where r.alert_id = pairs.alert_id and %1$s)
                    on conflict do nothing returning alert_id, post_id)
                select r.account_id as recipient_id, p.id as post_id, p.author_id, al.id as alert_id,
                       'app' = any(al.channels) as in_app, 'email' = any(al.channels) as mails
                from kept
                join alert al on al.id = kept.alert_id
                join post p on p.id = kept.post_id
                join readers r on r.alert_id = al.id
                where al.frequency = 'instant' and cardinality(al.channels) > 0
                  and r.account_id <> p.author_id and %1$s
                """.formatted(visibility.readableClause("p", "r.account_id"),
                AlertRecipients.of("al.id in (select alert_id from pairs)"));
    }
}
