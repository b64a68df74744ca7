package nl.relay.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.relay.notifications.NotificationSignal;
import nl.relay.platform.Outbox;
import nl.relay.posts.PostVisibility;

/**
 * Keeps the matches an alert's readers may see, and tells about the new ones of instant alerts: a
 * notification (type alert) for the owner, or for each member of a team alert's group, who may read the
 * post and did not write it; an email right away when the alert mails. One statement for all matches.
 */
@ApplicationScoped
class DeliverAlertMatches {

    static final String EMAIL = "alert.email";

    private final EntityManager entityManager;
    private final PostVisibility visibility;
    private final NotificationSignal signal;
    private final Outbox outbox;

    DeliverAlertMatches(EntityManager entityManager, PostVisibility visibility, NotificationSignal signal,
            Outbox outbox) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.signal = signal;
        this.outbox = outbox;
    }

    /** Pairs of alert and post, as two arrays of the same length. */
    void deliver(Long[] alertIds, Long[] postIds) {
        Object[] range = (Object[]) entityManager.createNativeQuery(statement())
                .setParameter("alerts", alertIds).setParameter("posts", postIds).setParameter("email", EMAIL)
                .getSingleResult();
        if (range[0] != null) {
            signal.announce(((Number) range[0]).longValue(), ((Number) range[1]).longValue());
        }
        if (((Number) range[2]).longValue() > 0) {
            outbox.recordedInline(EMAIL);
        }
    }

    private String statement() {
        return """
                with pairs as (
                    select * from unnest(cast(:alerts as bigint[]), cast(:posts as bigint[])) as m(alert_id, post_id)),
                readers as (%2$s),
                kept as (
                    insert into alert_match (alert_id, post_id)
                    select pairs.alert_id, pairs.post_id from pairs join post p on p.id = pairs.post_id
                    where exists (select 1 from readers r where r.alert_id = pairs.alert_id and %1$s)
                    on conflict do nothing returning alert_id, post_id),
                told as (
                    insert into notification (recipient_id, type, post_id, actor_id, alert_id, in_app)
                    select r.account_id, 'alert', p.id, p.author_id, al.id, 'app' = any(al.channels)
                    from kept
                    join alert al on al.id = kept.alert_id
                    join post p on p.id = kept.post_id
                    join readers r on r.alert_id = al.id
                    join account a on a.id = r.account_id and a.active
                    where al.frequency = 'instant' and cardinality(al.channels) > 0
                      and r.account_id <> p.author_id and %1$s
                    on conflict do nothing returning id, recipient_id, alert_id, in_app),
                mailed as (
                    insert into outbox_task (kind, subject_id)
                    select :email, told.id from told
                    join alert al on al.id = told.alert_id
                    join account a on a.id = told.recipient_id
                    where 'email' = any(al.channels) and a.email_delivery <> 'off'
                    returning id)
                select min(id) filter (where in_app), max(id) filter (where in_app), count(*) from told
                """.formatted(visibility.readableClause("p", "r.account_id"),
                AlertRecipients.of("al.id in (select alert_id from pairs)"));
    }
}
